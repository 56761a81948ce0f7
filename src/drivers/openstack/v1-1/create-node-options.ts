import type { CreateNodeOptions } from '../../../compute/models/node.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { CreateServerOptions } from '../compute/servers/create-request.ts';

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
  const { size, image, location, hydrate: _hydrate, ...rest } = options;
  const flavorId = idOf(size);
  if (flavorId === undefined)
    throw new ConfigurationError('`size` is required: pass a size from listSizes() or a flavor id');
  return { ...rest, flavorId, imageId: idOf(image), availabilityZone: idOf(location) };
}
