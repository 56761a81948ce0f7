import type { ServiceClient } from '../../service-client.ts';
import {
  buildConfirmResizeRequest,
  buildRebootServerRequest,
  buildRebuildServerRequest,
  buildResizeServerRequest,
  buildRevertResizeRequest,
} from './requests.ts';
import type { V10RebootType } from './types.ts';

/**
 * Reboots a 1.0 server.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param serverId - The server's numeric id.
 * @param type - `SOFT` (ask the OS) or `HARD` (power cycle).
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the reboot.
 * @throws {@link "index"!ConflictError} while a build or resize is in progress; {@link "index"!NotFoundError} for an unknown
 * server.
 * @example
 * ```ts
 * await rebootV10Server(compute, '72258', V10RebootType.SOFT);
 * ```
 */
export async function rebootV10Server(
  client: ServiceClient,
  serverId: string,
  type: V10RebootType,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildRebootServerRequest(serverId, type), signal);
}

/**
 * Rebuilds a 1.0 server from an image (its data is lost; id and addresses are kept).
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param imageId - The numeric id of the image.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the rebuild.
 * @throws {@link "index"!NotFoundError} for an unknown server or image.
 */
export async function rebuildV10Server(
  client: ServiceClient,
  serverId: string,
  imageId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildRebuildServerRequest(serverId, imageId), signal);
}

/**
 * Resizes a 1.0 server to another flavor; confirm with {@link "drivers/openstack/v1-0"!confirmResize} or undo with
 * {@link "drivers/openstack/v1-0"!revertResize} once it reaches `VERIFY_RESIZE`.
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param flavorId - The numeric id of the new flavor.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the resize.
 * @throws {@link "index"!ForbiddenError} when the cloud does not allow the resize (`resizeNotAllowed`).
 */
export async function resizeV10Server(
  client: ServiceClient,
  serverId: string,
  flavorId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildResizeServerRequest(serverId, flavorId), signal);
}

/**
 * Confirms a 1.0 resize (otherwise the cloud confirms it after 24 hours).
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} when the server is not in `VERIFY_RESIZE`.
 */
export async function confirmV10Resize(
  client: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildConfirmResizeRequest(serverId), signal);
}

/**
 * Reverts a 1.0 resize, returning the server to its old flavor.
 *
 * @param client - The 1.0 compute service.
 * @param serverId - The server's numeric id.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!ConflictError} when the server is not in `VERIFY_RESIZE`.
 */
export async function revertV10Resize(
  client: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildRevertResizeRequest(serverId), signal);
}
