import { CloudError } from './cloud-error.ts';

/** What an HTTP error knows about the failed exchange. URLs are already redacted. */
export interface HttpErrorInit {
  /** The HTTP status code. */
  readonly status: number;
  /** The HTTP method. */
  readonly method: string;
  /** The request URL, with credentials removed. */
  readonly url: string;
  /** A human name for the service, e.g. `Nova` or `compute`; `undefined` when unknown. */
  readonly service?: string | undefined;
  /** The fault message parsed from the body, when there is one. */
  readonly fault?: string | undefined;
  /** `x-openstack-request-id` or `x-compute-request-id`, when present. */
  readonly requestId?: string | undefined;
  /** The service's own error code from the body, e.g. EC2's `InvalidInstanceID.NotFound`; `undefined` when none. */
  readonly faultCode?: string | undefined;
  /** The parsed `Retry-After` of the response in milliseconds, when it sent one. */
  readonly retryAfterMs?: number | undefined;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * An HTTP response with an unexpected status. Subclasses are chosen from one status table.
 *
 * @remarks
 * The message names the service, method, URL, status, fault and request id:
 * `Nova returned 404 for GET http://…/servers/abc: Instance abc could not be found (req-…)`.
 */
export class HttpError extends CloudError {
  /** The HTTP status code. */
  readonly status: number;
  /** The HTTP method. */
  readonly method: string;
  /** The request URL, with credentials removed. */
  readonly url: string;
  /** The service that answered, when known. */
  readonly service: string | undefined;
  /** The fault message parsed from the body. */
  readonly fault: string | undefined;
  /** The OpenStack request id. */
  readonly requestId: string | undefined;
  /** The service's own error code (EC2's `InvalidInstanceID.NotFound`, Nova's `itemNotFound`), when the body named one. */
  readonly faultCode: string | undefined;
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds, when it said. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param init - The exchange that failed.
   * @param code - The stable error code; subclasses pass their own.
   */
  constructor(init: HttpErrorInit, code = 'ERR_HTTP') {
    super(formatHttpMessage(init), code, { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.service = init.service;
    this.fault = init.fault;
    this.requestId = init.requestId;
    this.faultCode = init.faultCode;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * Builds the one-line message every HTTP error uses.
 *
 * @param init - The exchange that failed.
 * @returns `<Service> returned <status> for <METHOD> <url>: <fault> (<request id>)`.
 */
export function formatHttpMessage(init: HttpErrorInit): string {
  const who = init.service ?? 'The server';
  const fault = init.fault ? `: ${init.fault}` : '';
  const id = init.requestId ? ` (${init.requestId})` : '';
  return `${who} returned ${init.status} for ${init.method} ${init.url}${fault}${id}`;
}
