import type { KnownResult, StackSnapshot } from '../jobs/monitor-job.ts';
import type { FacadeSource } from './facade/document.ts';
import type { QueuedCreate } from './heat/create-spec.ts';
import type { Lifecycle } from './request-id.ts';

/** What a lifecycle's synchronous part produced: the 202 contents and what the monitor job needs. */
export interface Started {
  /** The lifecycle. */
  readonly lifecycle: Lifecycle;
  /** The request id for the 202. */
  readonly requestId: string;
  /** The topology for the 202. */
  readonly topology: Readonly<Record<string, { readonly id: string; readonly type: string }>>;
  /** The stack to poll. */
  readonly stack?: { readonly name: string; readonly id: string } | undefined;
  /** A result known already (nothing to poll). */
  readonly known?: KnownResult | undefined;
  /** Delete: the stack before the delete was sent. */
  readonly before?: StackSnapshot | undefined;
  /** Delete: when the delete was sent (epoch ms). */
  readonly sentAt?: number | undefined;
  /** No-Heat mode: what the job runs (sealed before it is queued). */
  readonly facade?: { readonly kind: 'apply' | 'destroy'; readonly source: FacadeSource } | undefined;
  /** Queued Create: the stack create the job sends (sealed before it is queued). */
  readonly create?: QueuedCreate | undefined;
}

/**
 * The topology entry of a Heat stack (SPEC §5).
 *
 * @param id - The stack id.
 * @returns `{InfrastructureStack: {id, type: 'Openstack'}}`.
 */
export function stackTopology(id: string): Started['topology'] {
  return { InfrastructureStack: { id, type: 'Openstack' } };
}
