import type { ApiName } from '../api/openapi.ts';

/** What a route handler sees of a request. */
export interface RouteRequest {
  /** The parsed JSON body (already valid against the route's OpenAPI request schema), or `undefined`. */
  readonly body: unknown;
  /** The `tenantId` header, if sent. */
  readonly tenantId: string | undefined;
  /** The `x-tracectx-*` headers, by lower-cased name without the prefix. */
  readonly trace: Readonly<Record<string, string>>;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
}

/** What a route handler answers. */
export interface RouteResult {
  /** The HTTP status. */
  readonly status: number;
  /** The JSON body. */
  readonly body: unknown;
}

/** One operation of one OpenAPI file. */
export interface Route {
  /** The file that declares it. */
  readonly api: ApiName;
  /** The path as written in the file (the file's server URL is prefixed when serving). */
  readonly path: string;
  /** Lower-case method. */
  readonly method: 'get' | 'post';
  /** Whether the body is validated against the file's request schema. */
  readonly hasBody: boolean;
  /**
   * Serves the request.
   *
   * @param request - Body, tenant, trace and signal.
   * @returns Status and body.
   */
  handle(request: RouteRequest): Promise<RouteResult>;
}
