import type { IncomingMessage } from 'node:http';
import { badRequest, DriverApiError } from './api-error.ts';

/**
 * Reads a JSON request body from the raw stream, so `Transfer-Encoding: chunked` bodies (no `Content-Length`)
 * work as well as sized ones.
 *
 * @param request - The request.
 * @param maxBytes - The largest body accepted.
 * @returns The parsed JSON, or `undefined` for an empty body.
 * @throws {@link DriverApiError} 413 when larger than `maxBytes`, 400 when not JSON.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) {
      throw new DriverApiError(413, `Request body is larger than ${maxBytes} bytes`, 'ERR_BODY_TOO_LARGE');
    }
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw badRequest('Request body is not valid JSON', 'ERR_INVALID_JSON', error);
  }
}
