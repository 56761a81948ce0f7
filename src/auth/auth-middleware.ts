import createDebug from 'debug';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { fingerprint, redactUrl } from '../transport/redact.ts';
import type { HttpRequest, HttpResponse, Middleware, RequestContext, Send } from '../transport/types.ts';
import { isReplayable } from '../transport/wire-body.ts';
import type { AuthResult } from './types.ts';

const debug = createDebug('stratus:auth');

/** What the auth middleware needs from the session. */
export interface AuthMiddlewareOptions {
  /** Returns the current token (cached, or one login shared by all concurrent callers). */
  readonly getToken: (signal?: AbortSignal) => Promise<AuthResult>;
  /** Drops `token` if it is still the cached one; resolves `false` when the login cannot be repeated. */
  readonly invalidate: (token: string) => Promise<boolean>;
  /**
   * Returns the cached token when it is valid now (outside the expiry margin), without waiting; `undefined`
   * sends the call through {@link AuthMiddlewareOptions.getToken}. The fast path of every call on a warm
   * session.
   */
  readonly validToken?: (() => AuthResult | undefined) | undefined;
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
 * @remarks
 * A token that is valid now is taken synchronously ({@link AuthMiddlewareOptions.validToken}); only a cold,
 * expiring or refused token waits for {@link AuthMiddlewareOptions.getToken} (and its single-flight login).
 *
 * @param options - Where tokens come from.
 * @returns The middleware.
 */
export function authMiddleware(options: AuthMiddlewareOptions): Middleware {
  const validToken = options.validToken;
  return (next) => {
    const attempt = (request: HttpRequest, context: RequestContext, token: string): Promise<HttpResponse> =>
      next(withToken(request, token), context).catch((error: unknown) =>
        retryAfter401(next, options, { request, context, token }, error),
      );
    // Not `async`: a warm call adds no promise of its own; the try turns a synchronous throw into a rejection.
    return (request: HttpRequest, context: RequestContext) => {
      try {
        if (request.skipAuth) return next(request, context);
        const cached = context.signal?.aborted === true ? undefined : validToken?.();
        if (cached !== undefined) return attempt(request, context, cached.token);
        return options.getToken(context.signal).then((first) => attempt(request, context, first.token));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  };
}

/** One call as the first attempt sent it. */
interface SentCall {
  readonly request: HttpRequest;
  readonly context: RequestContext;
  readonly token: string;
}

async function retryAfter401(
  next: Send,
  options: AuthMiddlewareOptions,
  { request, context, token }: SentCall,
  error: unknown,
): Promise<HttpResponse> {
  if (!is401(error) || !isReplayable(request)) throw error;
  const renewable = await options.invalidate(token);
  if (!renewable) throw error;
  debug(
    '%s %s: 401 with token %s; logging in again and retrying once',
    request.method,
    redactUrl(request.url),
    fingerprint(token),
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
