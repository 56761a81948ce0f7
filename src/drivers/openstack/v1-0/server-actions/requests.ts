import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { checkV10Id, idValue } from '../wire/ids.ts';
import type { V10RebootType } from './types.ts';

function action(serverId: string, json: unknown, expect: readonly number[]): ServiceRequest {
  return { method: 'POST', path: `servers/${checkV10Id(serverId, 'serverId')}/action`, json, expect };
}

/**
 * Builds the `reboot` action.
 *
 * @param serverId - The server's numeric id.
 * @param type - `SOFT` or `HARD`.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id or reboot type.
 */
export function buildRebootServerRequest(serverId: string, type: V10RebootType): ServiceRequest {
  if (type !== 'SOFT' && type !== 'HARD') {
    throw new ConfigurationError(`reboot type must be "SOFT" or "HARD"; got ${JSON.stringify(type)}`);
  }
  return action(serverId, { reboot: { type } }, [202]);
}

/**
 * Builds the `rebuild` action: reinstall the server from an image, keeping its id and addresses.
 *
 * @param serverId - The server's numeric id.
 * @param imageId - The numeric id of the image.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id.
 */
export function buildRebuildServerRequest(serverId: string, imageId: string): ServiceRequest {
  return action(serverId, { rebuild: { imageId: idValue(checkV10Id(imageId, 'imageId')) } }, [202]);
}

/**
 * Builds the `resize` action; the server ends in `VERIFY_RESIZE` until confirmed or reverted.
 *
 * @param serverId - The server's numeric id.
 * @param flavorId - The numeric id of the new flavor.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id.
 */
export function buildResizeServerRequest(serverId: string, flavorId: string): ServiceRequest {
  return action(serverId, { resize: { flavorId: idValue(checkV10Id(flavorId, 'flavorId')) } }, [202]);
}

/**
 * Builds the `confirmResize` action.
 *
 * @remarks The 1.0 guide documents 204; some clouds answer 202. Both are accepted.
 * @param serverId - The server's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id.
 */
export function buildConfirmResizeRequest(serverId: string): ServiceRequest {
  return action(serverId, { confirmResize: null }, [202, 204]);
}

/**
 * Builds the `revertResize` action.
 *
 * @remarks The 1.0 guide documents 202; some clouds answer 204. Both are accepted.
 * @param serverId - The server's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad id.
 */
export function buildRevertResizeRequest(serverId: string): ServiceRequest {
  return action(serverId, { revertResize: null }, [202, 204]);
}
