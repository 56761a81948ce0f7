import type { StoredImage } from '../../../../compute/models/stored-image.ts';
import type { ImageUploadService } from '../../../../compute/services/image-upload.ts';
import type { ServiceResolver } from '../../bind.ts';
import { uploadImageData } from '../../image/image-data/operations.ts';
import { createImage, deleteImage, getImage, listImages } from '../../image/images/operations.ts';
import type { Image } from '../../image/images/types.ts';
import { mapList, orAbsent } from './absent.ts';
import { lazy } from './networking.ts';

function stringProperties(properties: Readonly<Record<string, unknown>>): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) if (typeof value === 'string') out[key] = value;
  return Object.freeze(out);
}

/** @param i - A Glance image. @returns The portable stored image (string properties only). */
export function toStoredImage(i: Image): StoredImage<Image> {
  return Object.freeze({
    id: i.id,
    name: i.name ?? '',
    status: i.status,
    sizeBytes: i.sizeBytes,
    properties: stringProperties(i.properties),
    extra: i,
  });
}

/**
 * The portable image upload service of the OpenStack driver, over Glance v2.
 *
 * @param glance - Resolves the image client.
 * @returns The {@link ImageUploadService}.
 */
export function createImageUploadService(glance: ServiceResolver): ImageUploadService {
  const service: ImageUploadService = {
    listImages: (signal) =>
      mapList(
        lazy(glance, signal, (c) => listImages(c, {}, signal)),
        toStoredImage,
      ),
    getImage: async (id, signal) =>
      orAbsent(async () => toStoredImage(await getImage(await glance(signal), id, signal))),
    createImage: async (options, signal) =>
      toStoredImage(
        await createImage(
          await glance(signal),
          {
            name: options.name,
            diskFormat: options.diskFormat ?? 'qcow2',
            containerFormat: options.containerFormat ?? 'bare',
            minDiskGb: options.minDiskGb,
            properties: options.properties,
          },
          signal,
        ),
      ),
    uploadImageData: async (id, data, signal) => uploadImageData(await glance(signal), id, data, {}, signal),
    deleteImage: async (id, signal) => deleteImage(await glance(signal), id, signal),
  };
  return Object.freeze(service);
}
