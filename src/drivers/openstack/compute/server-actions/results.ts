import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';
import { expectObject, expectString, optionalString } from '../../../../shape/expect.ts';
import type { HttpResponse } from '../../../../transport/types.ts';
import type { RemoteConsole } from './types.ts';

/**
 * Finds the new image id of a `createImage` action: `image_id` in the body from 2.45, the last segment of the
 * `Location` header before.
 *
 * @param response - The 202 response.
 * @returns The image id.
 * @throws {@link "index"!ResponseShapeError} when neither is present.
 */
export function parseCreatedImageId(response: HttpResponse): string {
  const body = response.body;
  if (typeof body === 'object' && body !== null) {
    const id = optionalString(expectObject(body, '$').image_id, '$.image_id');
    if (id) return id;
  }
  const location = response.headers.location;
  const id = location?.replace(/\/+$/, '').split('/').pop();
  if (!id) throw new ResponseShapeError('$.image_id', 'an image id in the body or a Location header', body);
  return id;
}

/**
 * @param body - The answer to `os-getConsoleOutput`.
 * @returns The console text.
 */
export function parseConsoleOutput(body: unknown): string {
  return expectString(expectObject(body, '$').output, '$.output');
}

/**
 * Parses a remote console (`remote_console` from 2.6, `console` before).
 *
 * @param body - The response body.
 * @param protocol - The protocol asked for (the legacy answer does not repeat it).
 * @returns The console.
 */
export function parseRemoteConsole(body: unknown, protocol: string): RemoteConsole {
  const doc = expectObject(body, '$');
  const key = doc.remote_console !== undefined ? 'remote_console' : 'console';
  const c = expectObject(doc[key], `$.${key}`);
  return Object.freeze({
    protocol: optionalString(c.protocol, `$.${key}.protocol`) ?? protocol,
    type: expectString(c.type, `$.${key}.type`),
    url: expectString(c.url, `$.${key}.url`),
  });
}

/**
 * @param body - The answer to `rescue`.
 * @returns The rescue password, when Nova returned one.
 */
export function parseRescue(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  return optionalString(expectObject(body, '$').adminPass, '$.adminPass');
}
