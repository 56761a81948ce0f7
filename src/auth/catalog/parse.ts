import { expectArray, expectObject, expectString, optionalId, optionalString } from '../../shape/expect.ts';
import { type CatalogEndpoint, makeCatalog, type ServiceCatalog, toEndpointInterface } from './model.ts';

/**
 * Parses a Keystone v3 catalog (`token.catalog`).
 *
 * @param raw - The catalog array; `undefined` gives an empty catalog (unscoped tokens).
 * @param path - Its JSON path.
 * @returns The catalog.
 * @throws {@link ResponseShapeError} naming the JSON path that does not fit.
 */
export function parseV3Catalog(raw: unknown, path: string): ServiceCatalog {
  if (raw === undefined || raw === null) return makeCatalog([]);
  const out: CatalogEndpoint[] = [];
  expectArray(raw, path).forEach((rawService, i) => {
    const service = expectObject(rawService, `${path}[${i}]`);
    const type = expectString(service.type, `${path}[${i}].type`);
    const name = optionalString(service.name, `${path}[${i}].name`);
    const serviceId = optionalId(service.id, `${path}[${i}].id`);
    expectArray(service.endpoints ?? [], `${path}[${i}].endpoints`).forEach((rawEndpoint, j) => {
      const p = `${path}[${i}].endpoints[${j}]`;
      const e = expectObject(rawEndpoint, p);
      const iface = toEndpointInterface(expectString(e.interface, `${p}.interface`));
      if (iface === undefined) return;
      const region = optionalId(e.region_id, `${p}.region_id`) ?? optionalString(e.region, `${p}.region`);
      const id = optionalId(e.id, `${p}.id`);
      out.push({ type, name, region, interface: iface, url: expectString(e.url, `${p}.url`), id, serviceId });
    });
  });
  return makeCatalog(out);
}

/**
 * Parses a Keystone v2.0 catalog (`access.serviceCatalog`), one endpoint per `publicURL`/`internalURL`/`adminURL`.
 *
 * @param raw - The catalog array.
 * @param path - Its JSON path.
 * @returns The catalog.
 * @throws {@link ResponseShapeError} naming the JSON path that does not fit.
 */
export function parseV2Catalog(raw: unknown, path: string): ServiceCatalog {
  if (raw === undefined || raw === null) return makeCatalog([]);
  const out: CatalogEndpoint[] = [];
  expectArray(raw, path).forEach((rawService, i) => {
    const service = expectObject(rawService, `${path}[${i}]`);
    const type = expectString(service.type, `${path}[${i}].type`);
    const name = optionalString(service.name, `${path}[${i}].name`);
    expectArray(service.endpoints ?? [], `${path}[${i}].endpoints`).forEach((rawEndpoint, j) => {
      out.push(...v2Endpoints(rawEndpoint, `${path}[${i}].endpoints[${j}]`, type, name));
    });
  });
  return makeCatalog(out);
}

function v2Endpoints(raw: unknown, path: string, type: string, name: string | undefined): CatalogEndpoint[] {
  const e = expectObject(raw, path);
  const region = optionalString(e.region, `${path}.region`);
  const id = optionalId(e.id, `${path}.id`);
  const out: CatalogEndpoint[] = [];
  for (const key of ['publicURL', 'internalURL', 'adminURL'] as const) {
    const url = optionalString(e[key], `${path}.${key}`);
    const iface = toEndpointInterface(key);
    if (url !== undefined && iface !== undefined) out.push({ type, name, region, interface: iface, url, id });
  }
  return out;
}

/** Rackspace v1.1 catalog names mapped to service types. */
const V11_TYPES: Readonly<Record<string, string>> = Object.freeze({
  cloudServers: 'compute',
  cloudServersOpenStack: 'compute',
  cloudFiles: 'object-store',
  cloudFilesCDN: 'rax:object-cdn',
  cloudDatabases: 'rax:database',
  cloudLoadBalancers: 'rax:load-balancer',
});

/**
 * Parses a v1.1 catalog (`auth.serviceCatalog`: an object of service name → endpoint list).
 *
 * @param raw - The catalog object.
 * @param path - Its JSON path.
 * @returns The catalog; each service's type comes from its Rackspace name (`cloudServers` → `compute`).
 * @throws {@link ResponseShapeError} naming the JSON path that does not fit.
 */
export function parseV11Catalog(raw: unknown, path: string): ServiceCatalog {
  if (raw === undefined || raw === null) return makeCatalog([]);
  const out: CatalogEndpoint[] = [];
  for (const [name, list] of Object.entries(expectObject(raw, path))) {
    const type = V11_TYPES[name] ?? name;
    expectArray(list, `${path}.${name}`).forEach((rawEndpoint, j) => {
      out.push(...v2Endpoints(rawEndpoint, `${path}.${name}[${j}]`, type, name));
    });
  }
  return makeCatalog(out);
}

/** v1.0 response headers mapped to service types. */
const V10_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-server-management-url': 'compute',
  'x-storage-url': 'object-store',
  'x-cdn-management-url': 'rax:object-cdn',
});

/**
 * Builds a catalog from v1.0 response headers (`X-Server-Management-Url`, `X-Storage-Url`,
 * `X-CDN-Management-Url`); each URL is listed as the public endpoint of its service.
 *
 * @param headers - The lower-cased response headers.
 * @returns The catalog.
 */
export function catalogFromV1Headers(headers: Readonly<Record<string, string>>): ServiceCatalog {
  const out: CatalogEndpoint[] = [];
  for (const [header, type] of Object.entries(V10_HEADERS)) {
    const url = headers[header];
    if (url) out.push({ type, name: undefined, region: undefined, interface: 'public', url });
  }
  return makeCatalog(out);
}
