import type { Readable } from 'node:stream';

/** The HTTP methods Stratus sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** A query-string value; arrays repeat the key (`?tag=a&tag=b`), `undefined` is skipped. */
export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/** How the response body is read. */
export type ResponseType =
  /** JSON when the content-type says so, text otherwise, nothing for an empty body. */
  | 'auto'
  /** The body is handed over unread as a stream (downloads); the caller must consume or destroy it. */
  | 'stream';

/**
 * One HTTP request, as built by a pure request builder.
 *
 * @remarks
 * Builders set `expect` to the status codes the API documents as success (gophercloud's per-call OK codes);
 * any other status becomes a typed error from the status table.
 */
export interface HttpRequest {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The absolute URL. */
  readonly url: string;
  /** Extra headers; names are case-insensitive. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Query parameters appended to `url`. */
  readonly query?: Readonly<Record<string, QueryValue>> | undefined;
  /** A JSON body: serialised and sent with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** A raw body (mutually exclusive with `json`); streams are sent without buffering. */
  readonly body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array> | undefined;
  /** The status codes that mean success. @defaultValue any 2xx */
  readonly expect?: readonly number[] | undefined;
  /** How to read the response body. @defaultValue `'auto'` */
  readonly responseType?: ResponseType | undefined;
  /**
   * Marks a non-idempotent request (POST, PATCH) as safe to retry.
   * @defaultValue `false`; GET, HEAD, PUT, DELETE and OPTIONS are idempotent anyway.
   */
  readonly idempotent?: boolean | undefined;
  /**
   * How to find out whether a non-idempotent request took effect when its answer is lost, e.g.
   * `look for a server named "web-1" (GET /servers?name=web-1)`; carried by `OutcomeUnknownError.check`.
   */
  readonly outcomeCheck?: string | undefined;
  /** A human name of the service for messages and logs, e.g. `Nova`. */
  readonly service?: string | undefined;
  /** Time limit for this request (per attempt), overriding the transport's default. */
  readonly timeoutMs?: number | undefined;
  /** Skip the auth middleware (the Keystone login itself, or a forced anonymous call). */
  readonly skipAuth?: boolean | undefined;
}

/** One HTTP response. Header names are lower-case. */
export interface HttpResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Response headers, lower-cased; repeated headers are joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON value, the text, or `undefined` for an empty or streamed body. */
  readonly body: unknown;
  /** The unread body when the request asked for `responseType: 'stream'`. */
  readonly stream?: Readable | undefined;
  /** The final URL that was requested (query included). */
  readonly url: string;
}

/** Per-call context passed down the pipeline. */
export interface RequestContext {
  /** The caller's abort signal. */
  readonly signal?: AbortSignal | undefined;
  /** 1 for the first attempt, incremented by the retry middleware. */
  readonly attempt: number;
  /** A note from an outer middleware for the debug transcript (e.g. `retry after 401`). */
  readonly note?: string | undefined;
}

/** Sends one request and resolves with its response, or rejects with a `CloudError`. */
export type Send = (request: HttpRequest, context: RequestContext) => Promise<HttpResponse>;

/** Wraps a `Send` with behaviour (auth, retry, logging); the first in `compose` is the outermost. */
export type Middleware = (next: Send) => Send;
