import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { Deadline } from './deadline.ts';
import { DeadlineScheduler } from './deadline-scheduler.ts';
import { redactUrl } from './redact.ts';
import { isExpectedStatus } from './status-check.ts';
import type { HttpRequest, HttpResponse, RequestContext, Send } from './types.ts';
import { buildUrl } from './url.ts';
import { encodeRequest, flattenHeaders } from './wire-body.ts';
import { wireError } from './wire-errors.ts';
import { readBody, readErrorBody } from './wire-read.ts';

/** What {@link createWireSend} needs. */
export interface WireOptions {
  /** The undici dispatcher (keep-alive pool, proxy agent or a test's mock). */
  readonly dispatcher: Dispatcher;
  /** The default per-attempt time limit in milliseconds. */
  readonly timeoutMs: number;
  /** The full `User-Agent` value. */
  readonly userAgent: string;
  /** The largest body read into memory (streams are not limited). */
  readonly maxResponseBytes: number;
}

const NO_BODY_STATUS: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * The innermost `Send`: the only place Stratus sends through undici (`Dispatcher.request`, callback form).
 *
 * @param options - Dispatcher, default time limit and user agent.
 * @returns A `Send` that performs exactly one HTTP exchange and never checks the status.
 * @remarks
 * `timeoutMs` bounds the whole attempt (connect, headers, body). undici's `headersTimeout` and `bodyTimeout`
 * are armed to the same limit and catch the common cases promptly; one {@link DeadlineScheduler} per wire (one
 * coarse, unref'd timer for all attempts in flight) enforces the whole-attempt bound behind them. A body is
 * read whole up to `maxResponseBytes` (`ResponseTooLargeError` past it) when the status is expected, and only
 * its first 64 KiB otherwise (enough for the fault); a streamed body is not limited.
 */
export function createWireSend(options: WireOptions): Send {
  const scheduler = new DeadlineScheduler();
  return async (request: HttpRequest, context: RequestContext): Promise<HttpResponse> => {
    const url = buildUrl(request.url, request.query);
    const timeoutMs = request.timeoutMs ?? options.timeoutMs;
    if (context.signal?.aborted) throw context.signal.reason;
    const deadline = new Deadline(timeoutMs, context.signal, scheduler);
    let streaming = false;
    // The status, once the answer's headers are in: a failure after that is a cut-off body, not "no answer".
    let status: number | undefined;
    try {
      const { headers, body } = encodeRequest(request, options.userAgent);
      const target = new URL(url);
      const response = await deadline.race<Dispatcher.ResponseData>((settle) =>
        options.dispatcher.request(
          {
            origin: target.origin,
            path: `${target.pathname}${target.search}`,
            method: request.method,
            headers,
            body: body ?? null,
            signal: deadline,
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
          },
          settle,
        ),
      );
      status = response.statusCode;
      const responseHeaders = flattenHeaders(response.headers);
      if (request.responseType === 'stream') {
        streaming = true;
        return streamed(response.statusCode, responseHeaders, response.body, url, deadline);
      }
      const parsed = await readResponse(request, response, responseHeaders, url, options.maxResponseBytes);
      return { status: response.statusCode, headers: responseHeaders, body: parsed, url };
    } catch (error) {
      const failure = { request, url, timeoutMs, signal: context.signal, attempt: context.attempt, status };
      throw wireError(error, { ...failure, timedOut: deadline.timedOut });
    } finally {
      if (!streaming) deadline.dispose();
    }
  };
}

/** Reads the body: whole up to `maxResponseBytes` for an expected status, a 64 KiB prefix for an error. */
function readResponse(
  request: HttpRequest,
  response: Dispatcher.ResponseData,
  headers: Readonly<Record<string, string>>,
  url: string,
  maxBytes: number,
): Promise<unknown> {
  const context = {
    contentType: headers['content-type'],
    contentLength: headers['content-length'],
    empty: request.method === 'HEAD' || NO_BODY_STATUS.has(response.statusCode),
    maxBytes,
    target: () => `${request.service ?? 'The server'} answering ${request.method} ${redactUrl(url)}`,
  };
  return isExpectedStatus(request, response.statusCode)
    ? readBody(response.body, context)
    : readErrorBody(response.body, context);
}

function streamed(
  status: number,
  headers: Readonly<Record<string, string>>,
  stream: Readable,
  url: string,
  deadline: Deadline,
): HttpResponse {
  // The attempt's timer covered the wait for headers; the body may take as long as it needs, bounded by
  // undici's idle `bodyTimeout`, and the caller's signal still cancels it until the stream closes.
  deadline.stopTimer();
  stream.once('close', () => deadline.dispose());
  return { status, headers, body: undefined, stream, url };
}
