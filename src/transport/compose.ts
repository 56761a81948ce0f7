import type { Middleware, Send } from './types.ts';

/**
 * Builds one `Send` from a terminal `Send` and middlewares, the first middleware being the outermost.
 *
 * @param send - The innermost `Send` (usually the wire).
 * @param middlewares - Wrappers, outermost first.
 * @returns The composed pipeline.
 * @example
 * ```ts
 * import { compose, type Middleware, type Send } from 'stratus';
 * const wire: Send = async (request) => ({ status: 204, headers: {}, body: undefined, url: request.url });
 * const tag: Middleware = (next) => (request, context) => next({ ...request, headers: { 'X-Tag': 'a' } }, context);
 * const send = compose(wire, tag);
 * ```
 */
export function compose(send: Send, ...middlewares: readonly Middleware[]): Send {
  let composed = send;
  for (let i = middlewares.length - 1; i >= 0; i--) {
    const middleware = middlewares[i];
    if (middleware) composed = middleware(composed);
  }
  return composed;
}
