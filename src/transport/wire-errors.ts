import { CloudError } from '../errors/cloud-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { OutcomeUnknownError } from '../errors/outcome-unknown-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { redactText, redactUrl, redactUserinfo } from './redact.ts';
import { requestSecrets } from './request-secrets.ts';
import { isRetryableRequest } from './retry-policy.ts';
import type { HttpRequest } from './types.ts';

const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

/** What went wrong on the wire, for {@link wireError}. */
export interface WireFailure {
  /** The request as given to the wire. */
  readonly request: HttpRequest;
  /** The final URL (query included), not yet redacted. */
  readonly url: string;
  /** The per-attempt limit in force. */
  readonly timeoutMs: number;
  /** Whether the attempt's own timer fired. */
  readonly timedOut: boolean;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** The attempt number. */
  readonly attempt: number;
  /** The status, when the answer's headers had arrived before the failure. */
  readonly status?: number | undefined;
}

/**
 * Failures that prove the request never left: no connection was made (refused, no route, DNS, connect
 * timeout), the certificate was refused, or the transport was closed. Anything else may have been sent.
 */
const NOT_SENT_CODES =
  /^(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EAI_NONAME|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|UND_ERR_DESTROYED|UND_ERR_CLOSED)$|CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_/;

function systemCode(error: unknown): string | undefined {
  for (
    let current = error, depth = 0;
    depth < 4 && typeof current === 'object' && current !== null;
    depth++
  ) {
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && code !== '') return code;
    const cause: unknown = Reflect.get(current, 'cause');
    current = cause;
  }
  return undefined;
}

function describeCause(error: unknown, failure: WireFailure): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUserinfo(redactText(message, requestSecrets(failure.request)));
}

/**
 * Maps a failure of the undici call to the error the caller sees.
 *
 * @remarks
 * A caller abort rethrows the signal's reason untouched (an `AbortError`, not a network error); the attempt's
 * timer or an undici timeout gives a {@link TimeoutError}; any other failure a {@link NetworkError} with the
 * system code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`…), saying whether the headers had arrived. A
 * request that is not safe to repeat (POST, PATCH) and may have been sent gets an {@link OutcomeUnknownError}
 * instead (the other error as its cause): the service may have acted on it. Messages carry the redacted URL.
 *
 * @param error - What undici threw.
 * @param failure - The request and the state of its signals.
 * @returns The error to throw.
 */
export function wireError(error: unknown, failure: WireFailure): unknown {
  if (failure.signal?.aborted) return failure.signal.reason;
  if (error instanceof CloudError) return error;
  const code = systemCode(error);
  const mapped = plainWireError(error, failure, code);
  if (isRetryableRequest(failure.request) || (code !== undefined && NOT_SENT_CODES.test(code))) return mapped;
  // A create (or any request unsafe to repeat) that may have reached the service: say that, not "unreachable".
  return new OutcomeUnknownError(
    {
      method: failure.request.method,
      url: redactUrl(failure.url),
      service: failure.request.service,
      what: outcomeWhat(failure, code, mapped),
      check: failure.request.outcomeCheck,
      status: failure.status,
    },
    { cause: mapped },
  );
}

function outcomeWhat(failure: WireFailure, code: string | undefined, mapped: CloudError): string {
  const how =
    mapped instanceof TimeoutError
      ? `no complete answer came within ${failure.timeoutMs} ms (it may still be in progress)`
      : '';
  if (failure.status !== undefined) {
    return `the answer (HTTP ${failure.status}) was cut off while its body was read (${how || code || 'connection lost'})`;
  }
  return how || `the connection failed before any answer (${code ?? 'a network error'})`;
}

function plainWireError(error: unknown, failure: WireFailure, code: string | undefined): CloudError {
  const who = failure.request.service ?? 'the server';
  const target = `${failure.request.method} ${redactUrl(failure.url)}`;
  if (failure.timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) {
    const phase =
      failure.status === undefined
        ? ''
        : ` (the headers, HTTP ${failure.status}, came; the body did not finish)`;
    return new TimeoutError(
      `${target} to ${who} did not complete within ${failure.timeoutMs} ms (attempt ${failure.attempt})${phase}; ` +
        'raise `timeoutMs` if the service is just slow, or check that it is up',
      failure.timeoutMs,
      { cause: error },
    );
  }
  const cause = describeCause(error, failure);
  if (failure.status !== undefined) {
    return new NetworkError(
      `${who} answered ${target} with HTTP ${failure.status}, then the connection was cut while the body was ` +
        `read (${code ?? 'a network error'}: ${cause}); the answer is incomplete`,
      code,
      { cause: error },
    );
  }
  return new NetworkError(networkMessage(code, who, target, cause), code, { cause: error });
}

function networkMessage(code: string | undefined, who: string, target: string, cause: string): string {
  if (code === 'UND_ERR_DESTROYED' || code === 'UND_ERR_CLOSED') {
    return `${target} was not sent: the transport was closed (close() was called); create a new transport`;
  }
  if (code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_/.test(code)) {
    return (
      `${target}: the certificate of ${who} was rejected (${code}); pass its CA bundle as \`tls.ca\` ` +
      '(`cacert` in clouds.yaml), or `tls.insecure: true` on a throwaway test cloud only'
    );
  }
  return (
    `Could not reach ${who}: ${target} failed with ${code ?? 'a network error'} (${cause}); ` +
    'check the endpoint URL, DNS, proxy and TLS settings'
  );
}
