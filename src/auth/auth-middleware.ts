import createDebug from 'debug';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { fingerprint, redactUrl } from '../transport/redact.ts';
import type { HttpRequest, Middleware, RequestContext } from '../transport/types.ts';
import { isReplayable } from '../transport/wire-body.ts';
import type { AuthResult } from './types.ts';

const debug = createDebug('stratus:auth');

/** What the auth middleware needs from the session. */
export interface AuthMiddlewareOptions {
  /** Returns the current token (cached, or one login shared by all concurrent callers). */
  readonly getToken: (signal?: AbortSignal) => Promise<AuthResult>;
  /** Drops `token` if it is still the cached one; resolves `false` when the login cannot be repeated. */
  readonly invalidate: (token: string) => Promise<boolean>;
}

function withToken(request: HttpRequest, token: string): HttpRequest {
  return { ...request, headers: { ...request.headers, 'X-Auth-Token': token } };
}

function is401(error: unknown): error is AuthenticationError {
  return error instanceof AuthenticationError && error.status === 401;
}

/**
 * The auth middleware (outermost): adds `X-Auth-Token` to every request that does not `skipAuth`; on a 401
 * it drops the token (only if it is still the cached one), logs in once and retries the call once. A second
 * 401 is an {@link AuthenticationError}: never a loop.
 *
 * @param options - Where tokens come from.
 * @returns The middleware.
 */
export function authMiddleware(options: AuthMiddlewareOptions): Middleware {
  return (next) => async (request: HttpRequest, context: RequestContext) => {
    if (request.skipAuth) return next(request, context);
    const first = await options.getToken(context.signal);
    try {
      return await next(withToken(request, first.token), context);
    } catch (error) {
      if (!is401(error) || !isReplayable(request)) throw error;
      const renewable = await options.invalidate(first.token);
      if (!renewable) throw error;
      debug(
        '%s %s: 401 with token %s; logging in again and retrying once',
        request.method,
        redactUrl(request.url),
        fingerprint(first.token),
      );
      const second = await options.getToken(context.signal);
      try {
        return await next(withToken(request, second.token), { ...context, note: 'retry after 401' });
      } catch (retryError) {
        if (!is401(retryError)) throw retryError;
        throw new AuthenticationError(
          `${request.service ?? 'The service'} refused a freshly issued token too (401 twice) for ` +
            `${request.method} ${redactUrl(request.url)}: ` +
            'the user may lack a role on this project, or the service cannot validate tokens',
          { status: 401, requestId: retryError.requestId, cause: retryError },
        );
      }
    }
  };
}
