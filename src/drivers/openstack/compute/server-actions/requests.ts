import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type {
  RebuildServerOptions,
  RemoteConsoleOptions,
  RescueServerOptions,
  SimpleServerAction,
} from './types.ts';

/**
 * Builds `POST /servers/{id}/action`.
 *
 * @param id - The server id.
 * @param body - The action body, e.g. `{ reboot: { type: 'SOFT' } }`.
 * @param expect - The success statuses. @defaultValue `[202]`
 * @returns The request.
 */
export function buildServerActionRequest(
  id: string,
  body: object,
  expect: readonly number[] = [202],
): ServiceRequest {
  return { method: 'POST', path: `servers/${segment(id, 'server id')}/action`, json: body, expect };
}

/**
 * @param id - The server id.
 * @param action - One of {@link "drivers/openstack/compute"!SimpleServerAction}.
 * @returns The request (`confirmResize` answers 204, the rest 202).
 */
export function buildSimpleActionRequest(id: string, action: SimpleServerAction): ServiceRequest {
  return buildServerActionRequest(id, { [action]: null }, action === 'confirmResize' ? [204] : [202]);
}

/**
 * @param id - The server id.
 * @param hard - Power-cycle instead of an ACPI reboot.
 * @returns The `reboot` action request.
 */
export function buildRebootRequest(id: string, hard: boolean): ServiceRequest {
  return buildServerActionRequest(id, { reboot: { type: hard ? 'HARD' : 'SOFT' } });
}

/**
 * @param id - The server id.
 * @param reason - Why it is locked (2.73+).
 * @param mv - The negotiated microversion.
 * @returns The `lock` action request.
 */
export function buildLockRequest(id: string, reason: string | undefined, mv: Microversion): ServiceRequest {
  if (reason === undefined) return buildServerActionRequest(id, { lock: null });
  requireMicroversion(mv, '2.73', 'A lock reason');
  return buildServerActionRequest(id, { lock: { locked_reason: reason } });
}

/**
 * @param id - The server id.
 * @param options - Rescue password and image.
 * @returns The `rescue` action request (Nova answers 200 with the password).
 */
export function buildRescueRequest(id: string, options: RescueServerOptions): ServiceRequest {
  return buildServerActionRequest(
    id,
    { rescue: { adminPass: options.adminPass, rescue_image_ref: options.imageId } },
    [200],
  );
}

/**
 * @param id - The server id.
 * @param options - The new image and fields.
 * @param mv - The negotiated microversion.
 * @returns The `rebuild` action request.
 * @throws {@link "index"!NotSupportedError} for fields newer than the negotiated microversion.
 */
export function buildRebuildRequest(
  id: string,
  options: RebuildServerOptions,
  mv: Microversion,
): ServiceRequest {
  if (!options.imageId) throw new ConfigurationError('`imageId` is required to rebuild a server');
  if (options.description !== undefined) requireMicroversion(mv, '2.19', 'A description on rebuild');
  if (options.keyName !== undefined) requireMicroversion(mv, '2.54', 'A key pair on rebuild');
  if (options.userData !== undefined) requireMicroversion(mv, '2.57', 'User data on rebuild');
  const rebuild = {
    imageRef: options.imageId,
    name: options.name,
    adminPass: options.adminPass,
    metadata: options.metadata,
    description: options.description,
    key_name: options.keyName,
    user_data: options.userData === undefined ? undefined : Buffer.from(options.userData).toString('base64'),
    preserve_ephemeral: options.preserveEphemeral,
  };
  return buildServerActionRequest(id, { rebuild });
}

/**
 * @param id - The server id.
 * @param flavorId - The new flavor.
 * @returns The `resize` action request.
 */
export function buildResizeRequest(id: string, flavorId: string): ServiceRequest {
  return buildServerActionRequest(id, { resize: { flavorRef: segment(flavorId, 'flavor id') } });
}

/**
 * @param id - The server id.
 * @param name - The image name.
 * @param metadata - Image properties.
 * @returns The `createImage` action request.
 */
export function buildCreateServerImageRequest(
  id: string,
  name: string,
  metadata: Readonly<Record<string, string>> | undefined,
): ServiceRequest {
  if (!name) throw new ConfigurationError('`name` is required to create an image from a server');
  return buildServerActionRequest(id, { createImage: { name, metadata } });
}

/**
 * @param id - The server id.
 * @param adminPass - The new password (never logged).
 * @returns The `changePassword` action request.
 */
export function buildChangePasswordRequest(id: string, adminPass: string): ServiceRequest {
  if (!adminPass) throw new ConfigurationError('`adminPass` must be a non-empty string');
  return buildServerActionRequest(id, { changePassword: { adminPass } });
}

/**
 * @param id - The server id.
 * @param length - The number of trailing lines; omit for all.
 * @returns The `os-getConsoleOutput` action request.
 */
export function buildConsoleOutputRequest(id: string, length?: number): ServiceRequest {
  if (length !== undefined && (!Number.isInteger(length) || length < 1)) {
    throw new ConfigurationError(`\`length\` must be a positive integer, got ${length}`);
  }
  return buildServerActionRequest(id, { 'os-getConsoleOutput': { length } }, [200]);
}

/**
 * Builds a remote console request: `POST /servers/{id}/remote-consoles` from 2.6, the legacy action before.
 *
 * @param id - The server id.
 * @param options - Protocol and type.
 * @param mv - The negotiated microversion.
 * @returns The request.
 */
export function buildRemoteConsoleRequest(
  id: string,
  options: RemoteConsoleOptions,
  mv: Microversion,
): ServiceRequest {
  const protocol = options.protocol ?? 'vnc';
  const type = options.type ?? 'novnc';
  if (mv.major > 2 || (mv.major === 2 && mv.minor >= 6)) {
    const path = `servers/${segment(id, 'server id')}/remote-consoles`;
    return { method: 'POST', path, json: { remote_console: { protocol, type } }, expect: [200] };
  }
  if (protocol !== 'vnc') requireMicroversion(mv, '2.6', `A ${protocol} console`);
  return buildServerActionRequest(id, { 'os-getVNCConsole': { type } }, [200]);
}
