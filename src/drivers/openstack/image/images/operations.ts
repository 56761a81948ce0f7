import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { glanceNext, glanceV2 } from '../endpoint.ts';
import {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildImageActionRequest,
  buildListImagesRequest,
  buildUpdateImageRequest,
} from './requests.ts';
import { parseImage } from './results.ts';
import type { CreateImageOptions, Image, ListImagesOptions, UpdateImageOptions } from './types.ts';

/**
 * Lists images lazily, one page per request, following Glance's `next` link.
 *
 * @param client - The image service.
 * @param options - Filters and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of images.
 * @throws {@link "index"!HttpError} subclasses for failed requests; `CloudError` `ERR_PAGINATION_LOOP` on a looping link.
 * @example
 * ```ts
 * for await (const image of listImages(glance, { status: 'active' })) console.log(image.name);
 * ```
 */
export function listImages(
  client: ServiceClient,
  options: ListImagesOptions = {},
  signal?: AbortSignal,
): AsyncIterable<Image> {
  return paginate(
    glanceV2(client),
    buildListImagesRequest(options),
    { itemsKey: 'images', parse: parseImage, next: glanceNext },
    signal,
  );
}

/**
 * Gets one image.
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param signal - Aborts the request.
 * @returns The image.
 * @throws {@link "index"!NotFoundError} when there is no such image.
 */
export async function getImage(client: ServiceClient, id: string, signal?: AbortSignal): Promise<Image> {
  const response = await glanceV2(client).request(buildGetImageRequest(id), signal);
  return parseImage(response.body);
}

/**
 * Finds images by exact name (Glance names are not unique).
 *
 * @param client - The image service.
 * @param name - The exact name.
 * @param signal - Aborts the request.
 * @returns Every image with that name (often zero or one).
 */
export async function findImagesByName(
  client: ServiceClient,
  name: string,
  signal?: AbortSignal,
): Promise<Image[]> {
  const found: Image[] = [];
  for await (const image of listImages(client, { name }, signal)) found.push(image);
  return found;
}

/**
 * Creates an image record in status `queued`; upload its data with {@link "drivers/openstack/image"!uploadImageData}.
 *
 * @param client - The image service.
 * @param options - Name, formats, visibility, tags and properties.
 * @param signal - Aborts the request.
 * @returns The new image.
 * @throws {@link "index"!ConflictError} when the chosen id is taken; {@link "index"!BadRequestError} for invalid fields.
 */
export async function createImage(
  client: ServiceClient,
  options: CreateImageOptions,
  signal?: AbortSignal,
): Promise<Image> {
  const response = await glanceV2(client).request(buildCreateImageRequest(options), signal);
  return parseImage(response.body);
}

/**
 * Changes an image's name, visibility, tags, protection or custom properties (one JSON patch).
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param options - What to change.
 * @param signal - Aborts the request.
 * @returns The updated image.
 */
export async function updateImage(
  client: ServiceClient,
  id: string,
  options: UpdateImageOptions,
  signal?: AbortSignal,
): Promise<Image> {
  const response = await glanceV2(client).request(buildUpdateImageRequest(id, options), signal);
  return parseImage(response.body);
}

/**
 * Deletes an image.
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param signal - Aborts the request.
 * @returns Nothing once Glance accepted the delete.
 * @throws {@link "index"!ForbiddenError} when the image is protected; {@link "index"!NotFoundError} when it is gone.
 */
export async function deleteImage(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  await glanceV2(client).request(buildDeleteImageRequest(id), signal);
}

/**
 * Deactivates an image (its data can no longer be downloaded or booted by non-admins).
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export async function deactivateImage(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await glanceV2(client).request(buildImageActionRequest(id, 'deactivate'), signal);
}

/**
 * Reactivates a deactivated image.
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export async function reactivateImage(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await glanceV2(client).request(buildImageActionRequest(id, 'reactivate'), signal);
}
