import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/** What an {@link OutcomeUnknownError} knows. URLs are already redacted. */
export interface OutcomeUnknownInit {
  /** The HTTP method (POST, PATCH: a request that is not safe to send twice). */
  readonly method: string;
  /** The request URL, with credentials removed. */
  readonly url: string;
  /** The service, e.g. `Nova`. */
  readonly service?: string | undefined;
  /** What happened on the wire, e.g. `the connection was reset before any answer`. */
  readonly what: string;
  /** How to find out whether it happened, e.g. `look for a server named "web-1"`. */
  readonly check?: string | undefined;
  /** The status, when the answer's headers arrived but its body did not. */
  readonly status?: number | undefined;
}

/**
 * A request that is not safe to repeat (a create) was sent, and no complete answer came back: the service may
 * or may not have acted on it. It was not retried.
 *
 * @remarks
 * Not a connectivity problem to fix, but a question to answer: look the resource up (by the name in `check`)
 * before sending the request again, or create with reconciliation on (`createNode(…, { reconcile: true })`),
 * which adopts a resource of the same name instead of making a second one.
 */
export class OutcomeUnknownError extends CloudError {
  /** The HTTP method. */
  readonly method: string;
  /** The request URL, with credentials removed. */
  readonly url: string;
  /** The service, when known. */
  readonly service: string | undefined;
  /** Always `true`: the request left this client (or may have), so the service may have acted on it. */
  readonly sent: true;
  /** How to check whether it happened, when the caller said (the name to look up). */
  readonly check: string | undefined;
  /** The status, when the headers of the answer arrived before the connection failed. */
  readonly status: number | undefined;

  /**
   * @param init - The request and what happened.
   * @param options - The underlying network or timeout error.
   */
  constructor(init: OutcomeUnknownInit, options: CloudErrorOptions = {}) {
    super(formatOutcomeMessage(init), 'ERR_OUTCOME_UNKNOWN', options);
    this.method = init.method;
    this.url = init.url;
    this.service = init.service;
    this.sent = true;
    this.check = init.check;
    this.status = init.status;
  }
}

function formatOutcomeMessage(init: OutcomeUnknownInit): string {
  const who = init.service ?? 'the server';
  const check = init.check ?? `look the resource up at ${who}`;
  return (
    `Outcome unknown: ${init.method} ${init.url} was sent to ${who}, then ${init.what}. ${who} may have acted ` +
    `on it; it was not retried (not safe to send twice). Before trying again, ${check}, or create with ` +
    'reconciliation on so that an existing resource is adopted'
  );
}
