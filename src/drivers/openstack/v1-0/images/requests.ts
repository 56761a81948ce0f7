import type { ServiceRequest } from '../../service-client.ts';
import { checkText } from '../wire/args.ts';
import { checkV10Id, idValue } from '../wire/ids.ts';
import { v10ListQuery } from '../wire/pagination.ts';
import type { CreateV10ImageOptions, ListV10ImagesOptions } from './types.ts';

/** The statuses the 1.0 API documents for reads (203 is a cached, non-authoritative answer). */
const READ_OK = [200, 203] as const;

/**
 * Builds the first page of `GET /images` or `GET /images/detail`.
 *
 * @param detail - `true` for full images, `false` for ids and names.
 * @param options - `changesSince` and page size.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for bad options.
 */
export function buildListImagesRequest(detail: boolean, options: ListV10ImagesOptions = {}): ServiceRequest {
  return {
    method: 'GET',
    path: detail ? 'images/detail' : 'images',
    query: v10ListQuery(options),
    expect: READ_OK,
  };
}

/**
 * Builds `GET /images/{id}`.
 *
 * @param id - The image's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildGetImageRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `images/${checkV10Id(id, 'imageId')}`, expect: READ_OK };
}

/**
 * Builds `POST /images`: an image (backup) of a server.
 *
 * @param options - The server and the image name.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} for a bad server id or an empty name.
 */
export function buildCreateImageRequest(options: CreateV10ImageOptions): ServiceRequest {
  const image = {
    serverId: idValue(checkV10Id(options.serverId, 'serverId')),
    name: checkText(options.name, 'name'),
  };
  return { method: 'POST', path: 'images', json: { image }, expect: [200, 202] };
}

/**
 * Builds `DELETE /images/{id}`.
 *
 * @param id - The image's numeric id.
 * @returns The request.
 * @throws {@link "index"!ConfigurationError} when the id is not numeric.
 */
export function buildDeleteImageRequest(id: string): ServiceRequest {
  return { method: 'DELETE', path: `images/${checkV10Id(id, 'imageId')}`, expect: [202, 204] };
}
