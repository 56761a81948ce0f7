import { AuthenticationError } from '../errors/authentication-error.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { NotFoundError } from '../errors/http-status-errors.ts';
import type { HttpRequest, HttpResponse, Send } from '../transport/types.ts';
import { multipleChoicesError } from './keystone/multiple-choices.ts';

/**
 * What to tell the user when a login fails. Keystone answers 404 when the token given to the token method is
 * unknown (expired, revoked, from another cloud), so a 404 is not always a wrong URL.
 */
export interface LoginHints {
  /** What to check on a 401, e.g. `the user name, password and user domain`. */
  readonly unauthorized: string;
  /** When set, a 404 is the credential's fault: an {@link AuthenticationError} saying this. */
  readonly notFound?: string | undefined;
}

/**
 * Sends one login request through the unauthenticated transport: a 300 becomes an error listing the versions
 * offered, a 401 an {@link AuthenticationError} that says what to check.
 *
 * @param send - The unauthenticated transport.
 * @param request - The login request (its `expect` must include 300).
 * @param hint - What to check on a 401 (a string), or on a 401 and a 404 ({@link LoginHints}).
 * @param signal - Aborts the login.
 * @returns The successful response.
 * @throws {@link AuthenticationError} on 401, or on 404 when `hint.notFound` is set.
 * @throws {@link ConfigurationError} on 300 Multiple Choices, or a 404 (wrong URL or API version).
 */
export async function sendLogin(
  send: Send,
  request: HttpRequest,
  hint: string | LoginHints,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  const hints = typeof hint === 'string' ? { unauthorized: hint } : hint;
  let response: HttpResponse;
  try {
    response = await send({ ...request, skipAuth: true }, { signal, attempt: 1 });
  } catch (error) {
    if (error instanceof AuthenticationError && error.status === 401) {
      throw new AuthenticationError(
        `The identity service refused the login (401) for ${request.method} ${request.url}: check ${hints.unauthorized}` +
          `${error.requestId ? ` (${error.requestId})` : ''}`,
        { status: 401, requestId: error.requestId, cause: error },
      );
    }
    if (error instanceof NotFoundError) throw loginNotFound(request, error, hints.notFound);
    throw error;
  }
  if (response.status === 300) throw multipleChoicesError(response, request.url);
  return response;
}

function loginNotFound(
  request: HttpRequest,
  error: NotFoundError,
  credentialHint: string | undefined,
): AuthenticationError | ConfigurationError {
  const said = `The identity service answered 404${error.fault ? ` (${error.fault})` : ''}`;
  if (credentialHint !== undefined) {
    const id = error.requestId ? ` (${error.requestId})` : '';
    return new AuthenticationError(`${said} for ${request.method} ${error.url}: ${credentialHint}${id}`, {
      status: 404,
      requestId: error.requestId,
      cause: error,
    });
  }
  const legacy = /\/v(2\.0|1\.[01])(\/|$)/.test(request.url);
  const hint = legacy
    ? 'this identity service does not serve that API version (Keystone removed v2.0 in Queens): use a 3.x_* method'
    : 'check that `authUrl` points at Keystone (e.g. https://host:5000 or https://host/identity)';
  return new ConfigurationError(`${said} for ${request.method} ${error.url}: ${hint}`, { cause: error });
}
