import type { ServiceRequest } from '../../service-client.ts';

/**
 * Builds `PUT /v2/images/{id}/file` streaming `body` as `application/octet-stream`.
 *
 * @param id - The image UUID.
 * @param body - The bytes, streamed without buffering.
 * @returns The request.
 */
export function buildUploadImageDataRequest(id: string, body: AsyncIterable<Uint8Array>): ServiceRequest {
  return {
    method: 'PUT',
    path: `images/${encodeURIComponent(id)}/file`,
    headers: { 'content-type': 'application/octet-stream' },
    body,
    expect: [204],
    timeoutMs: 3_600_000,
  };
}

/**
 * Builds `GET /v2/images/{id}/file` with the body handed over as a stream.
 *
 * @param id - The image UUID.
 * @returns The request; 204 means the image has no data.
 */
export function buildDownloadImageDataRequest(id: string): ServiceRequest {
  return {
    method: 'GET',
    path: `images/${encodeURIComponent(id)}/file`,
    responseType: 'stream',
    expect: [200, 204],
    timeoutMs: 3_600_000,
  };
}
