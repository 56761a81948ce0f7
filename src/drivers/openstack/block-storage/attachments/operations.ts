import { expectObject } from '../../../../shape/expect.ts';
import type { ServiceClient } from '../../service-client.ts';
import { waitForVolumeStatus } from '../volumes/waiters.ts';
import {
  buildAttachVolumeRequest,
  buildDetachVolumeRequest,
  buildListVolumeAttachmentsRequest,
} from './requests.ts';
import { parseVolumeAttachment, parseVolumeAttachments } from './results.ts';
import type { AttachVolumeOptions, VolumeAttachment } from './types.ts';

/** The two services a volume attachment involves: Nova does it, Cinder reports the volume's status. */
export interface AttachmentClients {
  /** The compute service (Nova). */
  readonly compute: ServiceClient;
  /** The block-storage service (Cinder), polled for the volume's status. */
  readonly blockStorage: ServiceClient;
}

/**
 * Attaches a volume to a server through Nova, and by default waits until Cinder reports it `in-use`.
 *
 * @param clients - Nova and Cinder.
 * @param serverId - The server UUID.
 * @param volumeId - The volume UUID (status `available`).
 * @param options - Device, whether and how to wait.
 * @param signal - Aborts the request and the wait.
 * @returns The attachment.
 * @throws {@link "index"!BadRequestError} when the volume is not available; {@link "index"!ResourceFailedError} when it fails.
 * @example
 * ```ts
 * const att = await attachVolume({ compute: nova, blockStorage: cinder }, server.id, volume.id);
 * console.log(att.device);
 * ```
 */
export async function attachVolume(
  clients: AttachmentClients,
  serverId: string,
  volumeId: string,
  options: AttachVolumeOptions = {},
  signal?: AbortSignal,
): Promise<VolumeAttachment> {
  const request = buildAttachVolumeRequest(serverId, volumeId, options.device);
  const response = await clients.compute.request(request, signal);
  const attachment = parseVolumeAttachment(
    expectObject(response.body, '$').volumeAttachment,
    '$.volumeAttachment',
  );
  if (options.wait !== false) {
    await waitForVolumeStatus(clients.blockStorage, volumeId, 'in-use', options.waitOptions, signal);
  }
  return attachment;
}

/**
 * Detaches a volume from a server through Nova, and by default waits until Cinder reports it `available`.
 *
 * @param clients - Nova and Cinder.
 * @param serverId - The server UUID.
 * @param volumeId - The volume UUID.
 * @param options - Whether and how to wait.
 * @param signal - Aborts the request and the wait.
 * @returns Nothing once detached (or accepted, with `wait: false`).
 * @throws {@link "index"!NotFoundError} when the volume is not attached to that server.
 */
export async function detachVolume(
  clients: AttachmentClients,
  serverId: string,
  volumeId: string,
  options: Omit<AttachVolumeOptions, 'device'> = {},
  signal?: AbortSignal,
): Promise<void> {
  await clients.compute.request(buildDetachVolumeRequest(serverId, volumeId), signal);
  if (options.wait !== false) {
    await waitForVolumeStatus(clients.blockStorage, volumeId, 'available', options.waitOptions, signal);
  }
}

/**
 * Lists the volumes attached to a server (Nova; one request).
 *
 * @param compute - The compute service.
 * @param serverId - The server UUID.
 * @param signal - Aborts the request.
 * @returns The attachments.
 */
export async function listVolumeAttachments(
  compute: ServiceClient,
  serverId: string,
  signal?: AbortSignal,
): Promise<VolumeAttachment[]> {
  const response = await compute.request(buildListVolumeAttachmentsRequest(serverId), signal);
  return parseVolumeAttachments(response.body);
}
