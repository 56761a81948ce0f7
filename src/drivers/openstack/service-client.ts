import type { HttpRequest, HttpResponse, Send } from '../../transport/types.ts';

/** A request to one OpenStack service: a path relative to the service endpoint instead of a URL. */
export interface ServiceRequest extends Omit<HttpRequest, 'url' | 'service'> {
  /** A path relative to the endpoint (`servers/detail`), or an absolute URL (pagination links). */
  readonly path: string;
}

/**
 * One catalog endpoint bound to the shared, authenticated transport pipeline.
 *
 * @remarks
 * Every service of a driver shares one pipeline and therefore one token.
 */
export interface ServiceClient {
  /** The official service type, e.g. `compute`. */
  readonly serviceType: string;
  /** A human name for messages, e.g. `Nova`. */
  readonly name: string;
  /** The endpoint URL from the catalog (or an override), without a trailing slash. */
  readonly endpoint: string;
  /**
   * Sends one request to this service.
   *
   * @param request - Path, method, body and expected statuses.
   * @param signal - Aborts the request.
   * @returns The response.
   */
  request(request: ServiceRequest, signal?: AbortSignal): Promise<HttpResponse>;
}

/** What {@link createServiceClient} needs. */
export interface ServiceClientOptions {
  /** The official service type. */
  readonly serviceType: string;
  /** A human name for messages. */
  readonly name: string;
  /** The endpoint URL. */
  readonly endpoint: string;
  /** The shared pipeline. */
  readonly send: Send;
  /** Headers added to every request of this service (e.g. a microversion header). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * Binds an endpoint to a pipeline.
 *
 * @param options - Service type, name, endpoint and pipeline.
 * @returns A {@link ServiceClient}.
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const { send, name } = options;
  const fixed = options.headers === undefined ? undefined : Object.freeze({ ...options.headers });
  return Object.freeze({
    serviceType: options.serviceType,
    name,
    endpoint,
    request(request: ServiceRequest, signal?: AbortSignal): Promise<HttpResponse> {
      const { path, ...rest } = request;
      const own = rest.headers;
      // Most requests add no header of their own: they share the client's headers object as it is.
      const headers = fixed === undefined ? own : own === undefined ? fixed : { ...fixed, ...own };
      const url = resolveServiceUrl(endpoint, path);
      return send({ ...rest, url, headers, service: name }, { signal, attempt: 1 });
    },
  });
}

const ABSOLUTE = /^https?:\/\//i;

/**
 * Joins an endpoint and a relative path; absolute URLs pass through.
 *
 * @param endpoint - The endpoint URL without a trailing slash.
 * @param path - A relative path or an absolute URL.
 * @returns The absolute URL.
 */
export function resolveServiceUrl(endpoint: string, path: string): string {
  if (path === '') return endpoint;
  if (path.charCodeAt(0) !== 47 /* / */ && ABSOLUTE.test(path)) return path;
  return path.charCodeAt(0) === 47 ? `${endpoint}/${path.replace(/^\/+/, '')}` : `${endpoint}/${path}`;
}
