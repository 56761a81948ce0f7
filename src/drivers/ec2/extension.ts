import type { NodeImage } from '../../compute/models/image.ts';
import type { QueryClient } from './client/client.ts';
import { type DescribeImagesOptions, describeImages, type Ec2ImageExtra } from './images/operations.ts';
import { createSnapshot, deleteSnapshot, type Ec2Snapshot, listSnapshots } from './snapshots/operations.ts';
import { type Ec2Region, listRegions } from './zones/operations.ts';

/** EC2 operations beyond the portable API (`driver.ext`). */
export interface Ec2Extensions {
  /** Regions. */
  readonly regions: {
    /**
     * Lists the regions (`DescribeRegions`).
     * @param signal - Aborts the request.
     * @returns The regions.
     */
    list(signal?: AbortSignal): Promise<Ec2Region[]>;
  };
  /** Images with EC2's filters. */
  readonly images: {
    /**
     * Describes images by owner or id.
     * @param options - Owners (`self`, `amazon`, account ids) and ids.
     * @param signal - Aborts the request.
     * @returns The images.
     */
    describe(options: DescribeImagesOptions, signal?: AbortSignal): Promise<NodeImage<Ec2ImageExtra>[]>;
  };
  /** EBS snapshots. */
  readonly snapshots: {
    /**
     * Lists the caller's snapshots.
     * @param signal - Aborts the walk.
     * @returns The snapshots.
     */
    list(signal?: AbortSignal): AsyncIterable<Ec2Snapshot>;
    /**
     * Snapshots a volume.
     * @param volumeId - The volume.
     * @param name - The `Name` tag.
     * @param signal - Aborts the request.
     * @returns The snapshot (usually `pending`).
     */
    create(volumeId: string, name: string, signal?: AbortSignal): Promise<Ec2Snapshot>;
    /**
     * Deletes a snapshot.
     * @param id - The snapshot id.
     * @param signal - Aborts the request.
     * @returns Once EC2 accepted it.
     */
    delete(id: string, signal?: AbortSignal): Promise<void>;
  };
}

/**
 * Builds `driver.ext` over the EC2 client.
 *
 * @param ec2 - The EC2 client.
 * @returns The extensions.
 */
export function createEc2Extensions(ec2: QueryClient): Ec2Extensions {
  return Object.freeze({
    regions: Object.freeze({ list: (signal?: AbortSignal) => listRegions(ec2, signal) }),
    images: Object.freeze({
      describe: (options: DescribeImagesOptions, signal?: AbortSignal) =>
        describeImages(ec2, options, signal),
    }),
    snapshots: Object.freeze({
      list: (signal?: AbortSignal) => listSnapshots(ec2, signal),
      create: (volumeId: string, name: string, signal?: AbortSignal) =>
        createSnapshot(ec2, volumeId, name, signal),
      delete: (id: string, signal?: AbortSignal) => deleteSnapshot(ec2, id, signal),
    }),
  });
}
