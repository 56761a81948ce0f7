import type {
  BlockVolume,
  CreateBlockVolumeOptions,
  CreateVolumeSnapshotOptions,
  VolumeAttachmentResult,
  VolumeSnapshot,
} from '../models/block-storage.ts';

/**
 * Volumes with attachments, resizing and snapshots (`driver.blockStorage` with
 * {@link Capability.BLOCK_STORAGE}). Every call returns once the provider accepted it; callers wait by
 * polling the getters.
 */
export interface BlockStorageService {
  /** @param signal - Aborts the walk. @returns Every volume, lazily. */
  listVolumes(signal?: AbortSignal): AsyncIterable<BlockVolume>;
  /** @param id - The id. @param signal - Aborts. @returns The volume, or `undefined`. */
  getVolume(id: string, signal?: AbortSignal): Promise<BlockVolume | undefined>;
  /** @param options - Name, size, zone. @param signal - Aborts. @returns The new volume (usually `creating`). */
  createVolume(options: CreateBlockVolumeOptions, signal?: AbortSignal): Promise<BlockVolume>;
  /** @param id - The id. @param signal - Aborts. @returns Once the provider accepted the deletion. */
  deleteVolume(id: string, signal?: AbortSignal): Promise<void>;
  /** @param id - The id. @param sizeGb - The new size. @param signal - Aborts. @returns Once accepted. */
  extendVolume(id: string, sizeGb: number, signal?: AbortSignal): Promise<void>;
  /**
   * Attaches a volume to a node.
   * @param nodeId - The node.
   * @param volumeId - The volume.
   * @param signal - Aborts.
   * @returns The attachment with the device the provider chose.
   */
  attachVolume(nodeId: string, volumeId: string, signal?: AbortSignal): Promise<VolumeAttachmentResult>;
  /** @param nodeId - The node. @param volumeId - The volume. @param signal - Aborts. @returns Once accepted. */
  detachVolume(nodeId: string, volumeId: string, signal?: AbortSignal): Promise<void>;
  /** @param nodeId - The node. @param signal - Aborts. @returns The volumes attached to it. */
  listNodeVolumes(nodeId: string, signal?: AbortSignal): Promise<readonly VolumeAttachmentResult[]>;
  /** @param signal - Aborts the walk. @returns Every snapshot, lazily. */
  listSnapshots(signal?: AbortSignal): AsyncIterable<VolumeSnapshot>;
  /** @param id - The id. @param signal - Aborts. @returns The snapshot, or `undefined`. */
  getSnapshot(id: string, signal?: AbortSignal): Promise<VolumeSnapshot | undefined>;
  /** @param options - Volume, name. @param signal - Aborts. @returns The new snapshot (usually `creating`). */
  createSnapshot(options: CreateVolumeSnapshotOptions, signal?: AbortSignal): Promise<VolumeSnapshot>;
  /** @param id - The id. @param signal - Aborts. @returns Once the provider accepted the deletion. */
  deleteSnapshot(id: string, signal?: AbortSignal): Promise<void>;
}
