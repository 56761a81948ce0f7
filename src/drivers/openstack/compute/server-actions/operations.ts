import { expectObject } from '../../../../shape/expect.ts';
import type { ComputeClient } from '../client.ts';
import { getServer } from '../servers/operations.ts';
import { parseServer } from '../servers/results.ts';
import type { Server } from '../servers/types.ts';
import {
  buildChangePasswordRequest,
  buildConsoleOutputRequest,
  buildCreateServerImageRequest,
  buildLockRequest,
  buildRebootRequest,
  buildRebuildRequest,
  buildRemoteConsoleRequest,
  buildRescueRequest,
  buildResizeRequest,
  buildSimpleActionRequest,
} from './requests.ts';
import { parseConsoleOutput, parseCreatedImageId, parseRemoteConsole, parseRescue } from './results.ts';
import type {
  RebuildServerOptions,
  RemoteConsole,
  RemoteConsoleOptions,
  RescueServerOptions,
  SimpleServerAction,
} from './types.ts';

/**
 * Runs an action that has no arguments (start, stop, pause, unpause, suspend, resume, unlock, unrescue,
 * confirmResize, revertResize, shelve, unshelve).
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param action - One of {@link "drivers/openstack/compute"!SimpleServerAction}.
 * @param signal - Aborts the request.
 * @returns Once Nova accepted the action.
 * @throws {@link "index"!ConflictError} when the server's state does not allow it (e.g. stopping a stopped server).
 * @example
 * ```ts
 * import { runServerAction, SimpleServerAction, type ComputeClient } from 'stratus/openstack/compute';
 * declare const compute: ComputeClient;
 * await runServerAction(compute, 'server-id', SimpleServerAction.STOP);
 * ```
 */
export async function runServerAction(
  client: ComputeClient,
  id: string,
  action: SimpleServerAction,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildSimpleActionRequest(id, action), signal);
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param hard - Power-cycle instead of a soft reboot. @defaultValue `false`
 * @param signal - Aborts the request.
 * @returns Once Nova accepted the reboot.
 */
export async function rebootServer(
  client: ComputeClient,
  id: string,
  hard = false,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildRebootRequest(id, hard), signal);
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param reason - Why (2.73+).
 * @param signal - Aborts the request.
 * @returns Once locked.
 */
export async function lockServer(
  client: ComputeClient,
  id: string,
  reason?: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildLockRequest(id, reason, client.microversion), signal);
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param options - Rescue password and image.
 * @param signal - Aborts the request.
 * @returns The rescue password, when Nova returns one.
 */
export async function rescueServer(
  client: ComputeClient,
  id: string,
  options: RescueServerOptions = {},
  signal?: AbortSignal,
): Promise<string | undefined> {
  return parseRescue((await client.service.request(buildRescueRequest(id, options), signal)).body);
}

/**
 * Rebuilds a server from an image (same id, new disk).
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param options - The image and the fields to change.
 * @param signal - Aborts the request.
 * @returns The server as Nova returns it (status `REBUILD`); after an empty 202, as one GET reads it.
 */
export async function rebuildServer(
  client: ComputeClient,
  id: string,
  options: RebuildServerOptions,
  signal?: AbortSignal,
): Promise<Server> {
  const response = await client.service.request(
    buildRebuildRequest(id, options, client.microversion),
    signal,
  );
  const body = response.body;
  // Some clouds answer an empty 202: the rebuild was accepted, so read the server instead of failing.
  if (typeof body !== 'object' || body === null) return getServer(client, id, signal);
  return parseServer(expectObject(body, '$').server, '$.server');
}

/**
 * Resizes a server; it goes to `VERIFY_RESIZE`, then confirm or revert with {@link "drivers/openstack/compute"!runServerAction}.
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param flavorId - The new flavor.
 * @param signal - Aborts the request.
 * @returns Once Nova accepted the resize.
 */
export async function resizeServer(
  client: ComputeClient,
  id: string,
  flavorId: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildResizeRequest(id, flavorId), signal);
}

/**
 * Snapshots a server into a new image.
 *
 * @param client - The compute client.
 * @param id - The server id.
 * @param name - The image name.
 * @param metadata - Image properties.
 * @param signal - Aborts the request.
 * @returns The new image id (from the body from 2.45, the `Location` header before).
 */
export async function createServerImage(
  client: ComputeClient,
  id: string,
  name: string,
  metadata?: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<string> {
  return parseCreatedImageId(
    await client.service.request(buildCreateServerImageRequest(id, name, metadata), signal),
  );
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param adminPass - The new password (never logged).
 * @param signal - Aborts the request.
 * @returns Once Nova accepted it.
 */
export async function changeServerPassword(
  client: ComputeClient,
  id: string,
  adminPass: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service.request(buildChangePasswordRequest(id, adminPass), signal);
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param length - Trailing lines only; omit for everything.
 * @param signal - Aborts the request.
 * @returns The console log text.
 */
export async function getConsoleOutput(
  client: ComputeClient,
  id: string,
  length?: number,
  signal?: AbortSignal,
): Promise<string> {
  return parseConsoleOutput(
    (await client.service.request(buildConsoleOutputRequest(id, length), signal)).body,
  );
}

/**
 * @param client - The compute client.
 * @param id - The server id.
 * @param options - Protocol and type. @defaultValue noVNC
 * @param signal - Aborts the request.
 * @returns The console URL.
 */
export async function getRemoteConsole(
  client: ComputeClient,
  id: string,
  options: RemoteConsoleOptions = {},
  signal?: AbortSignal,
): Promise<RemoteConsole> {
  const response = await client.service.request(
    buildRemoteConsoleRequest(id, options, client.microversion),
    signal,
  );
  return parseRemoteConsole(response.body, options.protocol ?? 'vnc');
}
