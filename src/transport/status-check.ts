import type { Readable } from 'node:stream';
import { HttpError } from '../errors/http-error.ts';
import { errorForStatus } from '../errors/status-table.ts';
import { parseFault, requestIdOf } from './fault.ts';
import { redactText, redactUrl, redactUserinfo } from './redact.ts';
import { requestSecrets } from './request-secrets.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { HttpRequest, HttpResponse, Middleware, RequestContext } from './types.ts';
import { decodeBody } from './wire-body.ts';

/** How much of a streamed error body is read to find the fault. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * The `Retry-After` the server sent with the response an error came from, in milliseconds.
 *
 * @param error - An error thrown by the status check.
 * @returns `HttpError.retryAfterMs`, or `undefined` for other errors and responses without the header.
 */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof HttpError ? error.retryAfterMs : undefined;
}

/**
 * Tells whether a status is a success for a request: one of `request.expect`, or any 2xx when not given.
 *
 * @param request - The request.
 * @param status - The response status.
 * @returns Whether the status is expected.
 */
export function isExpectedStatus(request: HttpRequest, status: number): boolean {
  return request.expect === undefined ? status >= 200 && status < 300 : request.expect.includes(status);
}

async function readErrorStream(stream: Readable, contentType: string | undefined): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.byteLength;
    if (size >= MAX_ERROR_BODY_BYTES) break;
  }
  stream.destroy();
  return decodeBody(Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY_BYTES), contentType);
}

/**
 * Throws the typed error for any status the request does not expect (default: anything but 2xx).
 *
 * @remarks
 * The class comes from the one status table (`errorForStatus`); the message names the service, method, the
 * redacted URL, the status, the fault parsed from the body (every OpenStack shape, see `parseFault`) and the
 * request id. A fault that echoes a secret of the request is scrubbed. A streamed error body is read (up to
 * 64 KiB) to find its fault.
 *
 * @returns The middleware.
 */
export function statusCheck(): Middleware {
  return (next) =>
    (request: HttpRequest, context: RequestContext): Promise<HttpResponse> =>
      next(request, context).then((response) =>
        isExpectedStatus(request, response.status) ? response : failure(request, response),
      );
}

async function failure(request: HttpRequest, response: HttpResponse): Promise<never> {
  const body = response.stream
    ? await readErrorStream(response.stream, response.headers['content-type'])
    : response.body;
  const parsed = parseFault(body);
  const fault = parsed?.message;
  const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
  const error = errorForStatus(
    {
      status: response.status,
      method: request.method,
      url: redactUrl(response.url),
      service: request.service,
      fault: fault === undefined ? undefined : redactUserinfo(redactText(fault, requestSecrets(request))),
      requestId: requestIdOf(response.headers) ?? parsed?.requestId,
      faultCode: parsed?.type,
      retryAfterMs,
    },
    retryAfterMs,
  );
  throw error;
}
