import type { ImageObject, PortableExtras, SnapshotObject } from '../../../../compute/portable/extras.ts';
import type { PortHealth } from '../../../../compute/portable/resources.ts';
import type { Snapshot } from '../../block-storage/snapshots/types.ts';
import { absentOnNotFound } from '../../find.ts';
import type { Image } from '../../image/images/types.ts';
import type { OpenStackNodeDriver } from '../driver.ts';
import { deleted } from './absent.ts';

function health(status: string, ready: readonly string[]): PortHealth {
  if (ready.includes(status)) return 'ready';
  return status.startsWith('error') || status === 'killed' ? 'failed' : 'pending';
}

const snapshot = (s: Snapshot): SnapshotObject => ({
  id: s.id,
  name: s.name,
  mark: s.metadata,
  health: health(s.status, ['available']),
  reason: undefined,
  volumeId: s.volumeId,
  status: s.status.toLowerCase(),
});

const image = (i: Image): ImageObject => ({
  id: i.id,
  name: i.name ?? '',
  mark: undefined,
  health: health(i.status, ['active']),
  reason: undefined,
  status: i.status,
});

/**
 * Nova metadata, Cinder extend and snapshots, and Glance uploads as the portable extras.
 *
 * @param driver - The OpenStack driver (block storage and image wired).
 * @returns The extras.
 */
export function openStackExtras(driver: OpenStackNodeDriver): PortableExtras {
  const { compute: nova, blockStorage: cinder, image: glance } = driver.ext;
  return {
    setServerMetadata: async (id, metadata, s) =>
      void (await nova.setServerMetadata(id, metadata, 'merge', s)),
    resizeVolume: (id, sizeGb, s) => cinder.extendVolume(id, sizeGb, s),
    snapshots: {
      list: async (name, s) =>
        (await Array.fromAsync(cinder.listSnapshots(name === undefined ? {} : { name }, s))).map(snapshot),
      get: async (id, s) =>
        (await absentOnNotFound(cinder.getSnapshot(id, s)).then((v) => v && snapshot(v))) ?? undefined,
      create: async (b, s) =>
        snapshot(
          await cinder.createSnapshot(
            { volumeId: b.volumeId, name: b.name, description: b.description, force: true },
            s,
          ),
        ),
      delete: (id, s) => deleted(cinder.deleteSnapshot(id, s)),
    },
    uploadImage: async (o, s) =>
      image(
        await glance.createImageWithData(
          {
            name: o.name,
            diskFormat: o.diskFormat,
            containerFormat: o.containerFormat,
            properties: o.properties,
          },
          o.data,
          {},
          s,
        ),
      ),
    getImage: async (id, s) =>
      (await absentOnNotFound(glance.getImage(id, s)).then((v) => v && image(v))) ?? undefined,
    deleteImage: (id, s) => deleted(glance.deleteImage(id, s)),
  };
}
