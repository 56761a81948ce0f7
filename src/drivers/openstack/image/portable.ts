import type { ImageManagement } from '../../../compute/capabilities.ts';
import type { NodeImage } from '../../../compute/models/image.ts';
import type { ServiceResolver } from '../bind.ts';
import { absentOnNotFound } from '../find.ts';
import { deleteImage, getImage, listImages } from './images/operations.ts';
import type { Image } from './images/types.ts';

/**
 * Maps a Glance image onto the portable model; the Glance image is kept in `extra`.
 *
 * @param image - The Glance image.
 * @returns The portable image (an unnamed image gets an empty name).
 */
export function imageToNodeImage(image: Image): NodeImage<Image> {
  return Object.freeze({ id: image.id, name: image.name ?? '', extra: image });
}

/**
 * The portable image methods of the OpenStack driver, backed by Glance (not Nova's deprecated image proxy).
 *
 * @param glance - Resolves the image client.
 * @returns `listImages`, `getImage` and `deleteImage`.
 */
export function createImageManagement(glance: ServiceResolver): ImageManagement {
  return Object.freeze({
    async *listImages(signal?: AbortSignal): AsyncGenerator<NodeImage<Image>, void, undefined> {
      for await (const image of listImages(await glance(signal), {}, signal)) yield imageToNodeImage(image);
    },
    async getImage(id: string, signal?: AbortSignal): Promise<NodeImage<Image> | undefined> {
      const image = await absentOnNotFound(getImage(await glance(signal), id, signal));
      return image === undefined ? undefined : imageToNodeImage(image);
    },
    async deleteImage(image: NodeImage<unknown> | string, signal?: AbortSignal): Promise<void> {
      await deleteImage(await glance(signal), typeof image === 'string' ? image : image.id, signal);
    },
  });
}
