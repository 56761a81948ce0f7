import type { ServiceResolver } from '../bind.ts';
import { attachVolume, detachVolume, listVolumeAttachments } from './attachments/operations.ts';
import type { AttachVolumeOptions, VolumeAttachment } from './attachments/types.ts';
import { type CinderOperations, createCinderOperations } from './extension-cinder.ts';

/**
 * Cinder through the driver: `driver.ext.blockStorage.*` — volumes, snapshots, types, quotas, waiters, and
 * attachments (made through Nova, watched through Cinder).
 */
export interface BlockStorageExtension extends CinderOperations {
  /**
   * Attaches a volume to a server and, by default, waits until it is `in-use`.
   *
   * @param serverId - The server UUID.
   * @param volumeId - The volume UUID.
   * @param options - Device, whether and how to wait.
   * @param signal - Aborts the request and the wait.
   * @returns The attachment.
   */
  attachVolume(
    serverId: string,
    volumeId: string,
    options?: AttachVolumeOptions,
    signal?: AbortSignal,
  ): Promise<VolumeAttachment>;
  /**
   * Detaches a volume from a server and, by default, waits until it is `available`.
   *
   * @param serverId - The server UUID.
   * @param volumeId - The volume UUID.
   * @param options - Whether and how to wait.
   * @param signal - Aborts the request and the wait.
   * @returns Nothing once detached.
   */
  detachVolume(
    serverId: string,
    volumeId: string,
    options?: Omit<AttachVolumeOptions, 'device'>,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * Lists the volumes attached to a server (one Nova request).
   *
   * @param serverId - The server UUID.
   * @param signal - Aborts the request.
   * @returns The attachments.
   */
  listVolumeAttachments(serverId: string, signal?: AbortSignal): Promise<VolumeAttachment[]>;
}

/**
 * Builds `driver.ext.blockStorage` over the driver's Cinder and Nova clients.
 *
 * @param blockStorage - Resolves the Cinder client.
 * @param compute - Resolves the Nova client (with its microversion headers).
 * @returns The bound operations.
 */
export function createBlockStorageExtension(
  blockStorage: ServiceResolver,
  compute: ServiceResolver,
): BlockStorageExtension {
  const clients = async (signal?: AbortSignal) => ({
    compute: await compute(signal),
    blockStorage: await blockStorage(signal),
  });
  const extension: BlockStorageExtension = {
    ...createCinderOperations(blockStorage),
    attachVolume: async (serverId, volumeId, options, signal) =>
      attachVolume(await clients(signal), serverId, volumeId, options, signal),
    detachVolume: async (serverId, volumeId, options, signal) =>
      detachVolume(await clients(signal), serverId, volumeId, options, signal),
    listVolumeAttachments: async (serverId, signal) =>
      listVolumeAttachments(await compute(signal), serverId, signal),
  };
  return Object.freeze(extension);
}
