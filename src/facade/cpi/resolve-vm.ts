import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { FacadeContext } from '../context.ts';
import { FacadeOperationError } from '../failure/facade-error.ts';
import { FailureCode } from '../failure/failure-code.ts';
import { find } from '../find.ts';
import type { ResourceKind } from '../types.ts';
import type { CreateVmOptions } from './vm-types.ts';

/** The ids a VM create needs, looked up before anything is made. */
export interface ResolvedVmReferences {
  /** The size id. */
  readonly sizeId: string;
  /** The image id. */
  readonly imageId: string;
  /** The network ids, in the order given. */
  readonly networkIds: readonly string[];
}

async function must(
  ctx: FacadeContext,
  kind: ResourceKind,
  label: string,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<string> {
  const found = await find(ctx, kind, nameOrId, signal);
  if (found === undefined) {
    throw new FacadeOperationError(
      `The ${label} "${nameOrId}" does not exist; nothing was created. Use an existing ${label} name or id.`,
      'ERR_REFERENCE_NOT_FOUND',
      { failureCode: FailureCode.RESOURCE_NOT_FOUND, retrySafe: true },
    );
  }
  return 'id' in found ? found.id : found.name;
}

/**
 * Resolves the size, image and networks of a VM, so a missing one fails before anything is made.
 *
 * @param ctx - The facade context.
 * @param options - The VM options.
 * @returns The ids.
 * @throws {@link FacadeOperationError} `ERR_REFERENCE_NOT_FOUND` (RESOURCE_NOT_FOUND, retry-safe) for a missing one.
 */
export async function resolveVmReferences(
  ctx: FacadeContext,
  options: CreateVmOptions,
): Promise<ResolvedVmReferences> {
  if (options.name.trim() === '') throw new ConfigurationError('`name` of the VM must not be empty');
  const signal = options.signal;
  const sizeId = await must(ctx, 'size', 'instance type (flavor)', options.instanceType, signal);
  const imageId = await must(ctx, 'image', 'stemcell image', options.stemcell, signal);
  const networkIds: string[] = [];
  for (const n of options.networks ?? [])
    networkIds.push(await must(ctx, 'network', 'network', n.network, signal));
  return { sizeId, imageId, networkIds };
}
