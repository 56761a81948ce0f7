/**
 * The transport the live suite's sessions use.
 *
 * @remarks
 * A minimal `fetch` pipeline (status check through the library's one status table, JSON by content-type,
 * per-request timeout) used until `createTransport()` is in `src/transport`; it implements only what the
 * live helpers need and is replaced by the real one as soon as that lands.
 */

import type { SessionTransport } from '../../../src/auth/session-transport.ts';
import { NotSupportedError } from '../../../src/errors/not-supported-error.ts';
import { errorForStatus } from '../../../src/errors/status-table.ts';
import type { HttpRequest, HttpResponse } from '../../../src/transport/types.ts';

const DEFAULT_TIMEOUT_MS = 60_000;

function urlOf(request: HttpRequest): string {
  const url = new URL(request.url);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.toString();
}

function faultOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.slice(0, 200) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const candidates: unknown[] = [body, ...Object.values(body as Record<string, unknown>)];
  for (const value of candidates) {
    if (typeof value !== 'object' || value === null) continue;
    const message = (value as Record<string, unknown>).message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

async function send(
  request: HttpRequest,
  context: { readonly signal?: AbortSignal | undefined },
): Promise<HttpResponse> {
  if (
    request.responseType === 'stream' ||
    (request.body !== undefined && typeof request.body !== 'string' && !(request.body instanceof Uint8Array))
  ) {
    throw new NotSupportedError(
      'the live fetch transport sends and reads buffered bodies only; use createTransport()',
    );
  }
  const headers = new Headers({ Accept: 'application/json', ...request.headers });
  let body: string | Uint8Array | undefined = request.body;
  if (request.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.json);
  }
  const timeout = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
  const url = urlOf(request);
  const response = await fetch(url, {
    method: request.method,
    headers,
    signal,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const parsed: unknown = text === '' ? undefined : contentType.includes('json') ? JSON.parse(text) : text;
  const ok = request.expect
    ? request.expect.includes(response.status)
    : response.status >= 200 && response.status < 300;
  if (!ok) {
    throw errorForStatus({
      status: response.status,
      method: request.method,
      url: url.split('?')[0] ?? url,
      service: request.service,
      fault: faultOf(parsed),
      requestId:
        response.headers.get('x-openstack-request-id') ??
        response.headers.get('x-compute-request-id') ??
        undefined,
    });
  }
  const lower: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    lower[name] = value;
  });
  return { status: response.status, headers: lower, body: parsed, url };
}

/**
 * A transport for live sessions.
 *
 * @returns An unauthenticated pipeline; `close` is a no-op for the fetch version.
 */
export function liveTransport(): SessionTransport {
  return { send, close: () => Promise.resolve() };
}
