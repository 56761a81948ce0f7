import { Readable } from 'node:stream';
import { ConfigurationError } from '../errors/configuration-error.ts';
import type { HttpRequest } from './types.ts';

/** What undici accepts as a request body. */
export type WireBody = string | Uint8Array | Readable | undefined;

/** Headers and body as they go on the wire. */
export interface EncodedRequest {
  /** Lower-cased header names. */
  readonly headers: Record<string, string>;
  /** The body, serialised (JSON) or passed through (streams). */
  readonly body: WireBody;
}

/**
 * Lower-cases header names, adds `User-Agent` and `Accept`, and serialises a JSON body.
 *
 * @param request - The request.
 * @param userAgent - The full `User-Agent` value.
 * @returns Headers and body for undici.
 * @throws {@link ConfigurationError} when both `json` and `body` are set.
 */
export function encodeRequest(request: HttpRequest, userAgent: string): EncodedRequest {
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'application/json' };
  const given = request.headers;
  // `for…in` rather than `Object.entries`: no array per request (most requests add no header of their own).
  if (given !== undefined) {
    for (const name in given) {
      const value = given[name];
      if (value !== undefined) headers[name.toLowerCase()] = value;
    }
  }
  if (request.json !== undefined) {
    if (request.body !== undefined) {
      throw new ConfigurationError(
        `${request.method} ${request.url}: set either \`json\` or \`body\` on the request, not both`,
      );
    }
    headers['content-type'] ??= 'application/json';
    return { headers, body: JSON.stringify(request.json) };
  }
  const body = request.body;
  if (
    body === undefined ||
    typeof body === 'string' ||
    body instanceof Uint8Array ||
    body instanceof Readable
  ) {
    return { headers, body };
  }
  return { headers, body: Readable.from(body, { objectMode: false }) };
}

/**
 * Tells whether a request body can be sent again (a retry): strings, bytes and JSON can, streams cannot.
 *
 * @param request - The request.
 * @returns `true` when the body is absent or replayable.
 */
export function isReplayable(request: HttpRequest): boolean {
  const body = request.body;
  return body === undefined || typeof body === 'string' || body instanceof Uint8Array;
}

/** JSON media types (`application/json`, `application/problem+json`…). */
export const JSON_TYPE: RegExp = /^application\/(?:[\w.+-]*\+)?json\b/i;
/** Text media types. */
export const TEXT_TYPE: RegExp =
  /^(?:text\/|application\/(?:xml|x-www-form-urlencoded|javascript)\b|[^;]*\+xml\b)/i;

/**
 * Turns the raw response bytes into the value of `HttpResponse.body`.
 *
 * @remarks
 * JSON only when the content-type says so; a JSON content-type with an unparsable body yields the text, so the
 * status check can still quote it and result parsers fail with a `ResponseShapeError`. Empty bodies (202/204,
 * HEAD) are `undefined`; text types and a missing content-type give a string; other types give the bytes.
 *
 * @param bytes - The whole body.
 * @param contentType - The `content-type` header, if any.
 * @returns The parsed body.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  if (bytes.byteLength === 0) return undefined;
  const type = contentType?.trim() ?? '';
  if (type !== '' && !JSON_TYPE.test(type) && !TEXT_TYPE.test(type)) return bytes;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!JSON_TYPE.test(type)) return text;
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}

/**
 * Joins undici's header map into lower-cased single strings (repeated headers joined with `, `).
 *
 * @remarks
 * undici already lower-cases response header names, and most responses repeat no header: such a map is
 * returned as it is, without a copy.
 *
 * @param headers - undici's response headers.
 * @returns A flat map.
 */
export function flattenHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Readonly<Record<string, string>> {
  if (isFlat(headers)) return headers;
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    out[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return out;
}

function isFlat(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): headers is Readonly<Record<string, string>> {
  for (const name in headers) {
    if (typeof headers[name] !== 'string' || name !== name.toLowerCase()) return false;
  }
  return true;
}
