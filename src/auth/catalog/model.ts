/** The three endpoint interfaces Keystone knows. */
export const EndpointInterface = {
  PUBLIC: 'public',
  INTERNAL: 'internal',
  ADMIN: 'admin',
} as const;

/** One of `public`, `internal`, `admin`. */
export type EndpointInterface = (typeof EndpointInterface)[keyof typeof EndpointInterface];

/** One endpoint of the service catalog: one service type, name, region and interface. */
export interface CatalogEndpoint {
  /** The service type as the catalog spells it, e.g. `compute` or `volumev3`. */
  readonly type: string;
  /** The service name, e.g. `nova`; `undefined` when the catalog has none (v1.0 headers). */
  readonly name: string | undefined;
  /** The region id; `undefined` when the catalog has none. */
  readonly region: string | undefined;
  /** The interface. */
  readonly interface: EndpointInterface;
  /** The URL, as given (no trailing-slash normalisation). */
  readonly url: string;
  /** The endpoint id, when the catalog has one (v3). */
  readonly id?: string | undefined;
  /** The service id, when the catalog has one (v3). */
  readonly serviceId?: string | undefined;
}

/**
 * The service catalog: one flat, frozen list of endpoints, whatever identity API version produced it
 * (v1.0 headers, the v1.1 object, the v2.0 list or the v3 list).
 */
export interface ServiceCatalog {
  /** Every endpoint, in catalog order. */
  readonly endpoints: readonly CatalogEndpoint[];
}

/** The empty catalog (unscoped tokens, forced tokens). */
export const EMPTY_CATALOG: ServiceCatalog = Object.freeze({ endpoints: Object.freeze([]) });

/**
 * Freezes a list of endpoints into a catalog.
 *
 * @param endpoints - The endpoints.
 * @returns A frozen {@link ServiceCatalog}.
 */
export function makeCatalog(endpoints: readonly CatalogEndpoint[]): ServiceCatalog {
  return Object.freeze({ endpoints: Object.freeze(endpoints.map((e) => Object.freeze({ ...e }))) });
}

/**
 * Narrows a string to an endpoint interface; `publicURL`-style v2 names are accepted.
 *
 * @param value - `public`, `internal`, `admin`, or `publicURL`/`internalURL`/`adminURL`.
 * @returns The interface, or `undefined` when the value is not one.
 */
export function toEndpointInterface(value: string): EndpointInterface | undefined {
  const v = value.replace(/URL$/, '').toLowerCase();
  return v === 'public' || v === 'internal' || v === 'admin' ? v : undefined;
}
