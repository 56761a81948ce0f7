import { htmlText, looksLikeMarkup } from './html-text.ts';

/** What an error body says, once its OpenStack shape has been recognised. */
export interface Fault {
  /** The human message, e.g. `Instance abc could not be found.` */
  readonly message: string;
  /** The service's own error type or title, e.g. `itemNotFound`, `NetworkNotFound`, `Not Found`. */
  readonly type?: string | undefined;
  /** The request id the body names (AWS puts it in the XML error document), when the headers have none. */
  readonly requestId?: string | undefined;
}

/** The longest fault message kept; longer ones are cut with `…`. */
const MAX_FAULT_LENGTH = 500;

function record(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = item;
  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Inline HTML that webob-based services (Glance, Heat) put inside JSON messages, e.g. `<br /><br />`. */
const INLINE_HTML = /<\/?(?:br|p|hr|b|i|em|strong|code|pre|h[1-6]|div|span)\b[^>]*>/gi;

/** Only this much of a message is looked at (all the regular expressions below then run on bounded text). */
const MAX_SCANNED_LENGTH = 8 * MAX_FAULT_LENGTH;

/** Only this much of an error body is parsed for its fault. */
const MAX_FAULT_BODY_CHARS = 64 * 1024;

function shorten(message: string): string {
  const bounded = message.length > MAX_SCANNED_LENGTH ? message.slice(0, MAX_SCANNED_LENGTH) : message;
  const flat = bounded.replace(INLINE_HTML, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FAULT_LENGTH ? `${flat.slice(0, MAX_FAULT_LENGTH - 1)}…` : flat;
}

/** `{"error": {...}}` (Keystone, Heat) and `{"NeutronError": {...}}`, `{"itemNotFound": {...}}` (Nova, Cinder). */
function wrappedFault(body: Record<string, unknown>): Fault | undefined {
  const keys = Object.keys(body);
  const preferred = ['NeutronError', 'error'].find((key) => key in body);
  const key = preferred ?? (keys.length === 1 ? keys[0] : undefined);
  const inner = key === undefined ? undefined : record(body[key]);
  if (key === undefined || inner === undefined) return undefined;
  const message = text(inner.message) ?? text(inner.explanation);
  if (message === undefined) return undefined;
  // Heat puts the useful sentence at the top level and the exception class in `error.type`.
  const top = key === 'error' ? text(body.explanation) : undefined;
  const type =
    text(inner.type) ?? text(inner.title) ?? (key === 'error' || key === 'NeutronError' ? undefined : key);
  const detail = text(inner.detail);
  const full = joinSentences([top, message, detail]);
  return { message: shorten(full), type };
}

/** Joins message parts: after a sentence end with a space, otherwise with `: `. */
function joinSentences(parts: readonly (string | undefined)[]): string {
  let out = '';
  for (const part of parts) {
    if (part === undefined) continue;
    out = out === '' ? part : `${out}${/[.!?:]$/.test(out) ? ' ' : ': '}${part}`;
  }
  return out;
}

function jsonFault(body: Record<string, unknown>): Fault | undefined {
  const wrapped = wrappedFault(body);
  if (wrapped) return wrapped;
  // Glance and a few others: `{"message": "...", "code": "404 Not Found", "title": "Not Found"}`.
  const message = text(body.message) ?? text(body.explanation) ?? text(body.detail) ?? text(body.faultstring);
  if (message === undefined) return undefined;
  return { message: shorten(message), type: text(body.title) ?? text(body.type) };
}

function htmlOrText(whole: string): Fault | undefined {
  const body = whole.length > MAX_FAULT_BODY_CHARS ? whole.slice(0, MAX_FAULT_BODY_CHARS) : whole;
  if (!looksLikeMarkup(body)) {
    const message = text(body);
    return message === undefined ? undefined : { message: shorten(message) };
  }
  const page = htmlText(body);
  const title = page.title === undefined ? undefined : text(decodeEntities(shortText(page.title)));
  const message = text(decodeEntities(shortText(page.text))) ?? title;
  if (message === undefined) return undefined;
  return { message: shorten(message), type: title };
}

/** Collapses white space and keeps the start: what a fault message can show anyway. */
function shortText(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SCANNED_LENGTH ? flat.slice(0, MAX_SCANNED_LENGTH) : flat;
}

function decodeEntities(value: string): string {
  const named: Readonly<Record<string, string>> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
  };
  return value.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,10});/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return codePoint(Number.parseInt(code.slice(2), 16), entity);
    if (code.startsWith('#')) return codePoint(Number.parseInt(code.slice(1), 10), entity);
    return named[code.toLowerCase()] ?? entity;
  });
}

/** A numeric entity's character; one past Unicode (`&#99999999;`) stays as written instead of throwing. */
function codePoint(value: number, entity: string): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : entity;
}

/**
 * Finds the human message in an OpenStack error body, whatever its shape.
 *
 * @remarks
 * Recognised: Nova and Cinder `{"itemNotFound": {"message", "code"}}` (any single wrapper key), Neutron
 * `{"NeutronError": {"type", "message", "detail"}}`, Keystone `{"error": {"message", "code", "title"}}`, Heat
 * `{"explanation", "error": {"message", "type"}, "title"}`, Glance `{"message", "code", "title"}`, plain text and
 * HTML pages (tags stripped, in linear time; only the first 64 KiB of a body is read). Messages are flattened
 * to one line and cut at 500 characters.
 *
 * @param body - The parsed body (`HttpResponse.body`): an object, a string, bytes or `undefined`.
 * @returns The fault, or `undefined` when the body says nothing useful.
 */
export function parseFault(body: unknown): Fault | undefined {
  if (typeof body === 'string') return awsXmlFault(body) ?? htmlOrText(body);
  if (body instanceof Uint8Array) {
    const head = body.subarray(0, MAX_FAULT_BODY_CHARS);
    return parseFault(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8'));
  }
  const object = record(body);
  return object === undefined ? undefined : jsonFault(object);
}

/**
 * `<Response><Errors><Error><Code>…</Code><Message>…</Message></Error></Errors><RequestID>…` (EC2 Query API), or
 * `<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…` (CloudFormation and the other Query APIs).
 */
const AWS_ERROR =
  /<Error>\s*(?:<Type>[^<]*<\/Type>\s*)?<Code>([^<]+)<\/Code>\s*(?:<Message>([^<]*)<\/Message>|<Message\s*\/>)/;
const AWS_REQUEST_ID = /<Request(?:ID|Id)>([^<]+)<\/Request(?:ID|Id)>/;

function awsXmlFault(body: string): Fault | undefined {
  const match = AWS_ERROR.exec(body);
  if (match?.[1] === undefined) return undefined;
  const code = match[1].trim();
  const message = decodeEntities(match[2] ?? '').trim();
  return {
    message: shorten(message === '' ? code : `${code}: ${message}`),
    type: code,
    requestId: AWS_REQUEST_ID.exec(body)?.[1]?.trim(),
  };
}

/**
 * Reads the OpenStack request id of a response.
 *
 * @param headers - Lower-cased response headers.
 * @returns `x-openstack-request-id`, else `x-compute-request-id`, else `undefined`.
 */
export function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  return (
    headers['x-openstack-request-id'] ??
    headers['x-compute-request-id'] ??
    headers['x-request-id'] ??
    headers['x-amzn-requestid']
  );
}
