import { paginate } from '../../pagination.ts';
import type { ServiceClient } from '../../service-client.ts';
import { offsetNext, v10PageSize } from '../wire/pagination.ts';
import {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildListImagesRequest,
} from './requests.ts';
import { parseV10Image, parseV10ImageBody, parseV10ImageRef } from './results.ts';
import type { CreateV10ImageOptions, ListV10ImagesOptions, V10Image, V10ImageRef } from './types.ts';

/**
 * Lists 1.0 images by id and name (`GET /images`), lazily.
 *
 * @param client - The 1.0 compute service (from {@link "drivers/openstack/v1-0"!createComputeClient}).
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of image references.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 */
export function listV10Images(
  client: ServiceClient,
  options: ListV10ImagesOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10ImageRef> {
  const next = offsetNext('images', v10PageSize(options.pageSize));
  const first = buildListImagesRequest(false, options);
  return paginate(client, first, { itemsKey: 'images', parse: parseV10ImageRef, next }, signal);
}

/**
 * Lists 1.0 images in full (`GET /images/detail`), lazily: the public images and the account's backups.
 *
 * @param client - The 1.0 compute service.
 * @param options - `changesSince` and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of images.
 * @throws {@link "index"!ConfigurationError} for bad options; {@link "index"!HttpError} subclasses for failed requests.
 * @example
 * ```ts
 * for await (const image of listV10ImageDetails(compute)) console.log(image.id, image.name);
 * ```
 */
export function listV10ImageDetails(
  client: ServiceClient,
  options: ListV10ImagesOptions = {},
  signal?: AbortSignal,
): AsyncIterable<V10Image> {
  const next = offsetNext('images', v10PageSize(options.pageSize));
  const first = buildListImagesRequest(true, options);
  return paginate(client, first, { itemsKey: 'images', parse: parseV10Image, next }, signal);
}

/**
 * Gets one 1.0 image.
 *
 * @param client - The 1.0 compute service.
 * @param id - The image's numeric id.
 * @param signal - Aborts the request.
 * @returns The image.
 * @throws {@link "index"!NotFoundError} when there is no such image.
 */
export async function getV10Image(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<V10Image> {
  const response = await client.request(buildGetImageRequest(id), signal);
  return parseV10ImageBody(response.body);
}

/**
 * Creates an image (a backup) of a 1.0 server.
 *
 * @param client - The 1.0 compute service.
 * @param options - The server and the image name.
 * @param signal - Aborts the request.
 * @returns The new image, usually `QUEUED` or `SAVING`.
 * @throws {@link "index"!ConflictError} while the server builds or another backup runs (`backupOrResizeInProgress`).
 */
export async function createV10Image(
  client: ServiceClient,
  options: CreateV10ImageOptions,
  signal?: AbortSignal,
): Promise<V10Image> {
  const response = await client.request(buildCreateImageRequest(options), signal);
  return parseV10ImageBody(response.body);
}

/**
 * Deletes a 1.0 image (only the account's own backups can be deleted).
 *
 * @param client - The 1.0 compute service.
 * @param id - The image's numeric id.
 * @param signal - Aborts the request.
 * @returns Nothing once the cloud accepted the delete.
 * @throws {@link "index"!NotFoundError} when there is no such image.
 */
export async function deleteV10Image(client: ServiceClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request(buildDeleteImageRequest(id), signal);
}
