import type { CreateNodeOptions } from '../../../compute/models/node.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { CreateServerOptions } from '../compute/servers/create-request.ts';
import type { ReconcileOptions } from './reconcile.ts';

/**
 * `createNode` options of the OpenStack driver: the portable ones plus every Nova create field.
 *
 * @remarks `size` is the flavor, `image` the image (omit it when `blockDeviceMappings` boots from a volume),
 * `location` the availability zone.
 */
export interface OpenStackCreateNodeOptions
  extends CreateNodeOptions,
    Omit<CreateServerOptions, 'name' | 'flavorId' | 'imageId' | 'availabilityZone' | 'keyName'> {
  /**
   * Fetch the server after creating it (+1 GET) so the returned node has Nova's full record.
   * @defaultValue `true`
   */
  readonly hydrate?: boolean | undefined;
  /**
   * Adopt an existing server of the same name (and ownership mark, `{ metadata }`) instead of creating a
   * second one; also after a create whose answer was lost (`OutcomeUnknownError`), the server it made is
   * looked up and returned. Costs one listing per call. Makes a retried `createNode` safe.
   * @defaultValue `false`
   */
  readonly reconcile?: boolean | ReconcileOptions | undefined;
}

function idOf(ref: { readonly id: string } | string | undefined): string | undefined {
  return ref === undefined ? undefined : typeof ref === 'string' ? ref : ref.id;
}

/**
 * Turns portable `createNode` options into Nova's create options.
 *
 * @param options - The portable plus Nova options.
 * @returns The options for `createServer`.
 * @throws {@link "index"!ConfigurationError} when `size` is missing.
 */
export function toCreateServerOptions(options: OpenStackCreateNodeOptions): CreateServerOptions {
  const { size, image, location, hydrate: _hydrate, reconcile: _reconcile, ...rest } = options;
  const flavorId = idOf(size);
  if (flavorId === undefined)
    throw new ConfigurationError('`size` is required: pass a size from listSizes() or a flavor id');
  return { ...rest, flavorId, imageId: idOf(image), availabilityZone: idOf(location) };
}
