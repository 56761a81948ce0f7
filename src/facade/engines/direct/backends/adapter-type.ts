import type { DocumentKind } from '../../../document/types.ts';
import type { DirectPorts, PortObject } from '../ports.ts';
import type { KindAdapter } from './generic.ts';

/**
 * The adapter type of a kind over one of the port collections (its object and create-body types inferred).
 *
 * @typeParam K - The document kind.
 * @typeParam P - The collection in {@link DirectPorts}.
 */
export type AdapterOf<
  K extends DocumentKind,
  P extends Exclude<keyof DirectPorts, 'findId'>,
> = DirectPorts[P] extends {
  create(body: infer C, signal?: AbortSignal): Promise<infer T>;
}
  ? T extends PortObject
    ? KindAdapter<K, T, C>
    : never
  : never;
