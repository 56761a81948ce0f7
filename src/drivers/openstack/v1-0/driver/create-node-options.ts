import type { CreateNodeOptions } from '../../../../compute/models/node.ts';
import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { NotSupportedError } from '../../../../errors/not-supported-error.ts';
import type { CreateV10ServerOptions } from '../servers/types.ts';

/**
 * `createNode` options of the 1.0 driver: the portable ones plus the 1.0 create fields.
 *
 * @remarks `size` is the flavor and `image` the image (both numeric ids); the 1.0 API has no availability
 * zones and no key pairs, so `location` and `keyName` are refused (inject `/root/.ssh/authorized_keys` with
 * `personality` instead).
 */
export interface OpenStackV10CreateNodeOptions
  extends CreateNodeOptions,
    Omit<CreateV10ServerOptions, 'name' | 'imageId' | 'flavorId'> {}

function idOf(ref: { readonly id: string } | string | undefined): string | undefined {
  return ref === undefined ? undefined : typeof ref === 'string' ? ref : ref.id;
}

/**
 * Turns portable `createNode` options into 1.0 create options.
 *
 * @param options - The portable plus 1.0 options.
 * @returns The options for `createV10Server`.
 * @throws {@link "index"!ConfigurationError} when `size` or `image` is missing.
 * @throws {@link "index"!NotSupportedError} for `location` or `keyName`, which the 1.0 API cannot honour.
 */
export function toCreateV10ServerOptions(options: OpenStackV10CreateNodeOptions): CreateV10ServerOptions {
  const { size, image, location, keyName, ...rest } = options;
  if (location !== undefined) {
    throw new NotSupportedError(
      'The OpenStack 1.0 API has no locations (availability zones): leave `location` out',
    );
  }
  if (keyName !== undefined) {
    throw new NotSupportedError(
      'The OpenStack 1.0 API has no key pairs: leave `keyName` out and inject the public key with ' +
        '`personality: [{ path: "/root/.ssh/authorized_keys", contents }]`',
    );
  }
  const flavorId = idOf(size);
  if (flavorId === undefined) {
    throw new ConfigurationError('`size` is required: pass a size from listSizes() or a flavor id');
  }
  const imageId = idOf(image);
  if (imageId === undefined) {
    throw new ConfigurationError(
      '`image` is required: the 1.0 API always builds from an image (pass one from listImages() or an image id)',
    );
  }
  return { ...rest, flavorId, imageId };
}
