import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import { type CurlBody, toCurl } from './curl.ts';
import { previewJson } from './json-preview.ts';
import { redactHeaders, redactJson, redactMarkup, redactText, redactUrl, redactUserinfo } from './redact.ts';
import type { HttpRequest, HttpResponse } from './types.ts';

/** Longest body shown in a transcript; the rest is cut with a note. */
const MAX_BODY_CHARS = 64 * 1024;

/** Whether values are redacted (the default) or shown raw (the unsafe opt-out). */
export interface Redaction {
  /** Show secrets raw. */
  readonly unsafe: boolean;
  /** The request's secrets, for scrubbing free text. */
  readonly secrets: readonly string[];
}

function headerList(headers: Readonly<Record<string, string>>, redaction: Redaction): Record<string, string> {
  if (redaction.unsafe) return { ...headers };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(redactHeaders(headers))) {
    out[name] = redactUserinfo(typeof value === 'string' ? value : value.join(', '));
  }
  return out;
}

function cut(text: string): string {
  return text.length > MAX_BODY_CHARS
    ? `${text.slice(0, MAX_BODY_CHARS)}\n… (${text.length} characters, cut)`
    : text;
}

/** Text is cut to this before it is redacted (a margin past the shown length, so no secret is cut in two). */
const MAX_SCANNED_CHARS = MAX_BODY_CHARS + 4096;

function jsonText(value: unknown, redaction: Redaction, indent?: number): string {
  // A bounded copy first: redacting and pretty-printing a 50 MB or 100,000-deep body would cost more than the
  // request itself, or overflow the stack.
  const bounded = previewJson(value);
  if (redaction.unsafe) return JSON.stringify(bounded, null, indent);
  // Field rules first, then the request's own secrets wherever a server echoes them (a fault message).
  return redactUserinfo(redactText(JSON.stringify(redactJson(bounded), null, indent), redaction.secrets));
}

function plainText(text: string, redaction: Redaction): string {
  const scanned = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const shown = redaction.unsafe
    ? scanned
    : redactUserinfo(redactText(redactMarkup(scanned), redaction.secrets));
  return shown.length > MAX_BODY_CHARS || scanned.length < text.length
    ? `${shown.slice(0, MAX_BODY_CHARS)}\n… (${text.length} characters, cut)`
    : shown;
}

function requestBody(request: HttpRequest, contentType: string | undefined, redaction: Redaction): CurlBody {
  if (request.json !== undefined) return { kind: 'text', text: jsonText(request.json, redaction) };
  const body = request.body;
  if (body === undefined) return { kind: 'none' };
  if (body instanceof Readable || (typeof body !== 'string' && !(body instanceof Uint8Array))) {
    return { kind: 'stdin', description: '<streamed>' };
  }
  const text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: false }).decode(body);
  if (typeof body !== 'string' && (text.includes('\uFFFD') || text.includes('\0'))) {
    return { kind: 'stdin', description: `<${body.byteLength} bytes, binary>` };
  }
  if (contentType !== undefined && /json/i.test(contentType)) {
    try {
      const parsed: unknown = JSON.parse(text);
      return { kind: 'text', text: jsonText(parsed, redaction) };
    } catch {
      // Not JSON after all: shown as text below.
    }
  }
  if (text.length > MAX_BODY_CHARS)
    return { kind: 'stdin', description: `<${text.length} characters, not recorded>` };
  return { kind: 'text', text: plainText(text, redaction) };
}

/**
 * Formats the request half of a transcript entry: a header comment and a runnable curl command.
 *
 * @param request - The request.
 * @param url - The final URL (query included).
 * @param headers - The headers exactly as sent.
 * @param heading - The entry's heading (time, attempt, service, note).
 * @param redaction - Redaction settings.
 * @returns The text block.
 */
export function formatRequest(
  request: HttpRequest,
  url: string,
  headers: Readonly<Record<string, string>>,
  heading: string,
  redaction: Redaction,
): string {
  const shownUrl = redaction.unsafe ? url : redactUrl(url);
  const body = requestBody(request, headers['content-type'], redaction);
  return `# ── ${heading}\n${toCurl(request.method, shownUrl, headerList(headers, redaction), body)}\n`;
}

function responseBody(response: HttpResponse, redaction: Redaction): string {
  if (response.stream) return '<streamed>';
  const body = response.body;
  if (body === undefined) return '<empty>';
  if (body instanceof Uint8Array) return `<${body.byteLength} bytes>`;
  if (typeof body === 'string') return plainText(body, redaction);
  return cut(jsonText(body, redaction, 2));
}

/**
 * Formats the response half of a transcript entry as shell comments: status line, latency and attempt,
 * headers, then the body (pretty JSON, text, `<streamed>`, `<N bytes>` or `<empty>`).
 *
 * @param response - The response.
 * @param latencyMs - Time from sending to the full body (or the headers of a stream).
 * @param attempt - The attempt number.
 * @param redaction - Redaction settings.
 * @returns The text block.
 */
export function formatResponse(
  response: HttpResponse,
  latencyMs: number,
  attempt: number,
  redaction: Redaction,
): string {
  const status = `HTTP ${response.status} ${STATUS_CODES[response.status] ?? ''}`.trimEnd();
  const lines = [`${status} · ${latencyMs.toFixed(1)} ms · attempt ${attempt}`];
  for (const [name, value] of Object.entries(headerList(response.headers, redaction)))
    lines.push(`${name}: ${value}`);
  lines.push('', ...responseBody(response, redaction).split('\n'));
  return `${lines.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n')}\n\n`;
}

/**
 * Formats a failed attempt (no HTTP answer) as shell comments.
 *
 * @param error - What the wire threw (its message is already redacted).
 * @param latencyMs - Time until the failure.
 * @param attempt - The attempt number.
 * @returns The text block.
 */
export function formatFailure(error: unknown, latencyMs: number, attempt: number): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return `# ✗ ${name} · ${latencyMs.toFixed(1)} ms · attempt ${attempt}\n# ${message.replace(/\n/g, '\n# ')}\n\n`;
}
