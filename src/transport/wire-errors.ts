import { CloudError } from '../errors/cloud-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { redactText, redactUrl, redactUserinfo } from './redact.ts';
import { requestSecrets } from './request-secrets.ts';
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
}

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
 * system code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`…). Messages carry the redacted URL only.
 *
 * @param error - What undici threw.
 * @param failure - The request and the state of its signals.
 * @returns The error to throw.
 */
export function wireError(error: unknown, failure: WireFailure): unknown {
  if (failure.signal?.aborted) return failure.signal.reason;
  if (error instanceof CloudError) return error;
  const who = failure.request.service ?? 'the server';
  const target = `${failure.request.method} ${redactUrl(failure.url)}`;
  const code = systemCode(error);
  if (failure.timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) {
    return new TimeoutError(
      `${target} to ${who} did not complete within ${failure.timeoutMs} ms (attempt ${failure.attempt}); ` +
        'raise `timeoutMs` if the service is just slow, or check that it is up',
      failure.timeoutMs,
      { cause: error },
    );
  }
  return new NetworkError(networkMessage(code, who, target, describeCause(error, failure)), code, {
    cause: error,
  });
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
