import { isUtf8 } from 'node:buffer';
import createDebug from 'debug';
import { ResponseTooLargeError } from '../errors/response-too-large-error.ts';
import { JSON_TYPE, TEXT_TYPE } from './wire-body.ts';

const log = createDebug('stratus:transport');

/** How much of an error body (an unexpected status) is read to find its fault; the rest is discarded. */
export const MAX_ERROR_BODY_BYTES: number = 64 * 1024;

/** The parts of undici's response body that {@link readBody} uses. */
export interface ReadableBody extends AsyncIterable<unknown> {
  arrayBuffer(): Promise<ArrayBuffer>;
  dump(): Promise<void>;
  destroy(error?: Error): unknown;
}

/** What {@link readBody} needs to know about the exchange. */
export interface BodyContext {
  /** The `content-type` header, if any. */
  readonly contentType: string | undefined;
  /** The `content-length` header, if any. */
  readonly contentLength: string | undefined;
  /** Whether the response cannot have a body (HEAD, 204, 205, 304). */
  readonly empty: boolean;
  /** `maxResponseBytes`. */
  readonly maxBytes: number;
  /** `METHOD url` (redacted) and the service, for messages (built only when one is needed). */
  readonly target: () => string;
}

function tooLarge(context: BodyContext, receivedBytes: number, declared: boolean): ResponseTooLargeError {
  const size = declared ? `declared ${receivedBytes} bytes` : `sent more than ${context.maxBytes} bytes`;
  return new ResponseTooLargeError(
    `${context.target()}: the answer ${size}, past the ${context.maxBytes}-byte limit (maxResponseBytes); ` +
      'page a listing with `limit`/`marker`, download large content as a stream, or raise `maxResponseBytes`',
    context.maxBytes,
    receivedBytes,
  );
}

/** Reads at most `limit` bytes; `over` tells whether the body had more (it is then destroyed, not drained). */
async function readUpTo(
  body: ReadableBody,
  limit: number,
  keepPrefix: boolean,
): Promise<{ bytes: Buffer; over: boolean; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.byteLength;
    if (size > limit) {
      body.destroy();
      // Only an error body's prefix is kept; past `maxResponseBytes` nothing is (no copy of what was read).
      return {
        bytes: keepPrefix ? Buffer.concat(chunks, size).subarray(0, limit) : Buffer.alloc(0),
        over: true,
        size,
      };
    }
  }
  return { bytes: Buffer.concat(chunks, size), over: false, size };
}

/**
 * Reads a whole response body into the value of `HttpResponse.body` (JSON when the content-type says so, text,
 * bytes or `undefined`; see `decodeBody`), refusing more than `maxResponseBytes`.
 *
 * @param body - undici's body.
 * @param context - Headers, limit and target.
 * @returns The parsed body.
 * @throws {@link ResponseTooLargeError} past the limit: declared by `content-length` (nothing is read) or met
 * while reading (reading stops there and the connection is closed).
 */
export async function readBody(body: ReadableBody, context: BodyContext): Promise<unknown> {
  if (context.empty) return body.dump().then(() => undefined);
  const declared = context.contentLength === undefined ? Number.NaN : Number(context.contentLength);
  if (declared > context.maxBytes) {
    body.destroy();
    throw tooLarge(context, declared, true);
  }
  let bytes: Uint8Array;
  if (Number.isFinite(declared)) {
    bytes = new Uint8Array(await body.arrayBuffer());
  } else {
    const read = await readUpTo(body, context.maxBytes, false);
    if (read.over) throw tooLarge(context, read.size, false);
    bytes = read.bytes;
  }
  return decodeChecked(bytes, context);
}

/**
 * Reads the start of an error body (an unexpected status): at most 64 KiB, enough for any fault message. A
 * longer body is cut there and its connection closed, so a huge error page costs neither time nor memory.
 *
 * @param body - undici's body.
 * @param context - Headers and target.
 * @returns The parsed prefix (JSON cut mid-way is returned as text).
 */
export async function readErrorBody(body: ReadableBody, context: BodyContext): Promise<unknown> {
  if (context.empty) return body.dump().then(() => undefined);
  const read = await readUpTo(body, MAX_ERROR_BODY_BYTES, true);
  return decodeChecked(read.bytes, context);
}

function decodeChecked(bytes: Uint8Array, context: BodyContext): unknown {
  if (bytes.byteLength === 0) return undefined;
  const type = context.contentType?.trim() ?? '';
  const json = type.startsWith('application/json') || JSON_TYPE.test(type);
  if (!json && type !== '' && !TEXT_TYPE.test(type)) {
    return Buffer.isBuffer(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A U+FFFD may be the server's own; only then pay for the full check.
  if (text.includes('\uFFFD') && !isUtf8(bytes)) {
    log('%s: the body is not valid UTF-8; bad bytes were replaced with U+FFFD', context.target());
  }
  if (!json) return text;
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}
