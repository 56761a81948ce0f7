import { Buffer } from 'node:buffer';
import type { CloudError } from '../../../../errors/cloud-error.ts';
import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { errorForStatus } from '../../../../errors/status-table.ts';
import { parseFault, requestIdOf } from '../../../../transport/fault.ts';
import { collectJsonSecrets, redactText, redactUrl } from '../../../../transport/redact.ts';
import { parseRetryAfter } from '../../../../transport/retry-after.ts';
import type { HttpResponse } from '../../../../transport/types.ts';
import type { ServiceClient, ServiceRequest } from '../../service-client.ts';
import { faultText, parseV10Fault, retryAfterToMs } from './fault.ts';
import { decodeV10Xml } from './xml-decode.ts';
import { encodeV10Xml } from './xml-encode.ts';

/** The media types the 1.0 compute API speaks. */
export const V10Format = {
  /** `application/json`. */
  JSON: 'json',
  /** `application/xml`, the 1.0 API's original default. */
  XML: 'xml',
} as const;

/** `json` or `xml`. */
export type V10Format = (typeof V10Format)[keyof typeof V10Format];

/** Options of {@link "drivers/openstack/v1-0"!createComputeClient}. */
export interface V10ComputeClientOptions {
  /** The media type to ask for and to send bodies in. @defaultValue `'json'` */
  readonly format?: V10Format | undefined;
  /** The clock for `overLimit` `retryAfter` times, in epoch milliseconds (for tests). @defaultValue `Date.now` */
  readonly now?: (() => number) | undefined;
}

/**
 * Error statuses this client maps itself, so their XML or JSON fault bodies become the error message (and
 * `overLimit`'s `retryAfter` becomes `retryAfterMs`). 401 and the retryable statuses (408, 429, 502, 503, 504)
 * stay with the transport, whose auth and retry middlewares act on them.
 */
const MAPPED_HERE: readonly number[] = [400, 403, 404, 405, 409, 413, 415, 500, 501];

const MEDIA_TYPE: Readonly<Record<V10Format, string>> = { json: 'application/json', xml: 'application/xml' };

/**
 * Wraps a compute {@link ServiceClient} so it speaks the 1.0 API in JSON or XML.
 *
 * @remarks
 * Requests are built once, in their JSON form. In XML mode the body is encoded with {@link "drivers/openstack/wire"!encodeV10Xml} and
 * `Accept: application/xml` is sent, except where a root password travels (a body with `adminPass`, the answer
 * to a create), which stays JSON so the debug transcript can redact it; XML answers are decoded with {@link "drivers/openstack/wire"!decodeV10Xml} into the JSON shape, so one
 * parser per resource reads both. Error bodies in either form (`<itemNotFound code="404">…`,
 * `{"overLimit": {"retryAfter": …}}`) become the typed errors of the status table with the fault message;
 * fault text that echoes a secret of the request is scrubbed.
 *
 * @param client - The compute service client (endpoint from the catalog, e.g. `X-Server-Management-Url`).
 * @param options - Media type and clock.
 * @returns A client with the same endpoint whose responses have JSON-shaped bodies.
 * @throws {@link "index"!ConfigurationError} for an unknown format.
 * @example
 * ```ts
 * const compute = createV10ComputeClient(nova, { format: V10Format.XML });
 * const flavors = await Array.fromAsync(listV10FlavorDetails(compute));
 * ```
 */
export function createV10ComputeClient(
  client: ServiceClient,
  options: V10ComputeClientOptions = {},
): ServiceClient {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'xml') {
    throw new ConfigurationError(`format must be "json" or "xml"; got ${JSON.stringify(format)}`);
  }
  const now = options.now ?? Date.now;
  return Object.freeze({
    serviceType: client.serviceType,
    name: client.name,
    endpoint: client.endpoint,
    async request(request: ServiceRequest, signal?: AbortSignal): Promise<HttpResponse> {
      const expected = request.expect ?? [200, 201, 202, 203, 204];
      const response = await client.request(prepare(request, format, expected), signal);
      if (!expected.includes(response.status)) throw faultError(client, request, response, now());
      return { ...response, body: decodeSuccess(response) };
    },
  });
}

/**
 * Sets `Accept` (a builder's own `Accept` wins: the create asks for JSON because its answer holds the generated
 * root password) and encodes the body as XML in XML mode, except a body carrying a secret (`adminPass`): that one
 * stays JSON, which the 1.0 API accepts in either mode, so the debug transcript can hide the secret by field name.
 */
function prepare(request: ServiceRequest, format: V10Format, expected: readonly number[]): ServiceRequest {
  const headers = { Accept: MEDIA_TYPE[format], ...request.headers };
  const expect = [...expected, ...MAPPED_HERE.filter((status) => !expected.includes(status))];
  const keepJson = request.json === undefined || collectJsonSecrets(request.json).length > 0;
  if (format === 'json' || keepJson) return { ...request, headers, expect };
  return {
    ...request,
    json: undefined,
    body: encodeV10Xml(request.json),
    headers: { ...headers, 'Content-Type': 'application/xml; charset=UTF-8' },
    expect,
  };
}

function bodyText(response: HttpResponse): string | undefined {
  const body = response.body;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return undefined;
}

function isXml(response: HttpResponse, text: string): boolean {
  return /xml/i.test(response.headers['content-type'] ?? '') || text.trimStart().startsWith('<');
}

function decodeSuccess(response: HttpResponse): unknown {
  const text = bodyText(response);
  if (text === undefined) return response.body;
  if (text.trim() === '') return undefined;
  return isXml(response, text) ? decodeV10Xml(text) : response.body;
}

/** Error bodies are read leniently: a body that is not well-formed XML is kept as text for the fault. */
function decodeError(response: HttpResponse): unknown {
  const text = bodyText(response);
  if (text === undefined || !isXml(response, text)) return response.body;
  try {
    return decodeV10Xml(text);
  } catch {
    return text;
  }
}

function faultError(
  client: ServiceClient,
  request: ServiceRequest,
  response: HttpResponse,
  nowMs: number,
): CloudError {
  const body = decodeError(response);
  const fault = parseV10Fault(body);
  const message = fault === undefined ? parseFault(body)?.message : faultText(fault);
  const retryAfterMs =
    parseRetryAfter(response.headers['retry-after'], nowMs) ?? retryAfterToMs(fault?.retryAfter, nowMs);
  const secrets = request.json === undefined ? [] : collectJsonSecrets(request.json);
  return errorForStatus(
    {
      status: response.status,
      method: request.method,
      url: redactUrl(response.url),
      service: client.name,
      fault: message === undefined ? undefined : redactText(message, secrets),
      requestId: requestIdOf(response.headers),
    },
    retryAfterMs,
  );
}
