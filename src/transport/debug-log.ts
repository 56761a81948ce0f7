import createDebug from 'debug';
import { redactUrl } from './redact.ts';
import { requestSecrets } from './request-secrets.ts';
import type { TranscriptSink } from './transcript.ts';
import { formatFailure, formatRequest, formatResponse, type Redaction } from './transcript-format.ts';
import type { HttpRequest, HttpResponse, Middleware, RequestContext, Send } from './types.ts';
import { buildUrl, wireUrl } from './url.ts';
import { encodeRequest } from './wire-body.ts';

const log = createDebug('stratus:transport');

/** What {@link debugLog} needs. */
export interface DebugLogOptions {
  /** Where transcript entries go; `undefined` for none. */
  readonly transcript?: TranscriptSink | undefined;
  /** Show secrets raw in the transcript (never in debug lines or errors). */
  readonly unsafeShowSecrets: boolean;
  /** The `User-Agent` the wire sends, so the curl line matches what went out. */
  readonly userAgent: string;
}

function heading(request: HttpRequest, context: RequestContext): string {
  const parts = [new Date().toISOString(), `attempt ${context.attempt}`];
  if (request.service !== undefined) parts.push(request.service);
  if (context.note !== undefined) parts.push(context.note);
  return parts.join(' · ');
}

/**
 * Writes one transcript block, built by `format`. Debug output must never change an outcome: a block that fails
 * to build (a hostile body) or to write is reported on the `stratus:transport` namespace only.
 */
function record(sink: TranscriptSink | undefined, format: () => string): void {
  if (sink === undefined) return;
  try {
    sink.write(format());
  } catch (error) {
    log('transcript entry skipped: %s', error instanceof Error ? error.message : String(error));
  }
}

function logged(
  request: HttpRequest,
  context: RequestContext,
  options: DebugLogOptions,
): Redaction | undefined {
  let redaction: Redaction;
  try {
    redaction = { unsafe: options.unsafeShowSecrets, secrets: requestSecrets(request) };
  } catch (error) {
    // Without the request's secrets its echoes could not be scrubbed: this exchange is left out entirely.
    log('transcript entry skipped: %s', error instanceof Error ? error.message : String(error));
    return undefined;
  }
  record(options.transcript, () => {
    const url = wireUrl(buildUrl(request.url, request.query));
    // The same encoding the wire applies, so the curl line shows the headers that actually went out.
    let headers: Record<string, string>;
    try {
      headers = encodeRequest(request, options.userAgent).headers;
    } catch {
      headers = { ...request.headers };
    }
    return formatRequest(request, url, headers, heading(request, context), redaction);
  });
  return redaction;
}

async function observe(next: Send, request: HttpRequest, context: RequestContext, options: DebugLogOptions) {
  const redaction = logged(request, context, options);
  const started = performance.now();
  const target = `${request.method} ${redactUrl(buildUrl(request.url, request.query))}`;
  let response: HttpResponse;
  try {
    response = await next(request, context);
  } catch (error) {
    const latencyMs = performance.now() - started;
    log(
      '%s failed after %d ms (attempt %d): %s',
      target,
      Math.round(latencyMs),
      context.attempt,
      String(error),
    );
    if (redaction) record(options.transcript, () => formatFailure(error, latencyMs, context.attempt));
    throw error;
  }
  const latencyMs = performance.now() - started;
  log('%s → %d in %d ms (attempt %d)', target, response.status, Math.round(latencyMs), context.attempt);
  if (redaction)
    record(options.transcript, () => formatResponse(response, latencyMs, context.attempt, redaction));
  return response;
}

/**
 * The innermost middleware: one transcript entry (a runnable curl command, then the response as comments)
 * and one `stratus:transport` debug line per wire attempt. Costs nothing when both are off.
 *
 * @param options - Transcript sink, unsafe flag and user agent.
 * @returns The middleware.
 */
export function debugLog(options: DebugLogOptions): Middleware {
  return (next) =>
    (request: HttpRequest, context: RequestContext): Promise<HttpResponse> => {
      if (options.transcript === undefined && !log.enabled) return next(request, context);
      return observe(next, request, context, options);
    };
}

/**
 * Records a note (a retry decision) in the transcript and under `stratus:transport:retry`.
 *
 * @param transcript - The transcript, if any.
 * @returns A function taking the note.
 */
export function retryNotes(transcript: TranscriptSink | undefined): (message: string) => void {
  const retryLog = createDebug('stratus:transport:retry');
  return (message: string): void => {
    retryLog('%s', message);
    record(transcript, () => `# retry: ${message}\n\n`);
  };
}
