import {
  expectArray,
  expectObject,
  type JsonObject,
  optionalId,
  optionalString,
} from '../../shape/expect.ts';
import { type Microversion, parseMicroversion } from './microversion.ts';
import type { ServiceClient } from './service-client.ts';

/** One API version as announced by a service's version document. */
export interface ApiVersion {
  /** The version id, e.g. `v2.1`. */
  readonly id: string;
  /** `CURRENT`, `SUPPORTED`, `DEPRECATED`… */
  readonly status: string;
  /** The lowest microversion, when the version has microversions. */
  readonly minMicroversion: Microversion | undefined;
  /** The highest microversion, when the version has microversions. */
  readonly maxMicroversion: Microversion | undefined;
}

function parseVersion(raw: unknown, path: string): ApiVersion {
  const v = expectObject(raw, path);
  const max = optionalString(v.version ?? v.max_version, `${path}.version`);
  const min = optionalString(v.min_version, `${path}.min_version`);
  return Object.freeze({
    id: optionalId(v.id, `${path}.id`) ?? '',
    status: optionalString(v.status, `${path}.status`) ?? '',
    minMicroversion: min ? parseMicroversion(min) : undefined,
    maxMicroversion: max ? parseMicroversion(max) : undefined,
  });
}

function selfHref(raw: unknown): string | undefined {
  const links: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'links') : undefined;
  if (!Array.isArray(links)) return undefined;
  const list: readonly unknown[] = links;
  for (const link of list) {
    if (typeof link === 'object' && link !== null && Reflect.get(link, 'rel') === 'self') {
      const href: unknown = Reflect.get(link, 'href');
      return typeof href === 'string' ? href.replace(/\/+$/, '') : undefined;
    }
  }
  return undefined;
}

/**
 * Picks the version that serves `endpoint` from a version document (`{version}` or `{versions: [...]}`).
 *
 * @param body - The parsed version document.
 * @param endpoint - The catalog endpoint the document was fetched for.
 * @returns The matching version (by self link, then `CURRENT`).
 * @throws {@link "index"!ResponseShapeError} when the document has neither shape.
 */
export function parseVersionDocument(body: unknown, endpoint: string): ApiVersion {
  const doc: JsonObject = expectObject(body, '$');
  if (doc.version !== undefined) return parseVersion(doc.version, '$.version');
  // Nova and Cinder send `versions: [...]`; Keystone sends `versions: { values: [...] }`.
  const container = doc.versions;
  const nested = typeof container === 'object' && container !== null && !Array.isArray(container);
  const list = nested
    ? expectArray(expectObject(container, '$.versions').values, '$.versions.values')
    : expectArray(container, '$.versions');
  const base = endpoint.replace(/\/+$/, '');
  let index = list.findIndex((v) => {
    const href = selfHref(v);
    return href !== undefined && href !== '' && (base === href || base.startsWith(`${href}/`));
  });
  if (index < 0) index = list.findIndex((v) => statusOf(v) === 'CURRENT');
  if (index < 0) index = 0;
  return parseVersion(list[index], `$.versions[${index}]`);
}

function statusOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'status') : undefined;
}

/**
 * The URL of a service's version document: the endpoint with a trailing project id removed.
 *
 * @param endpoint - The catalog endpoint, e.g. `http://nova:8774/v2.1/3f2a…` or `http://nova:8774/v2/123456`.
 * @returns e.g. `http://nova:8774/v2.1` (a segment after a version segment is taken for a project id).
 */
export function versionDocumentUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  const hexOrTemplate = base.replace(/\/(?:[0-9a-f]{32}|%\((?:project_id|tenant_id)\)s)$/i, '');
  // Legacy endpoints carry any project id after the version (`/v2/123456`, `/v1.1/rs-reach-project`).
  return hexOrTemplate !== base ? hexOrTemplate : base.replace(/(\/v\d+(?:\.\d+)?)\/[^/]+$/, '$1');
}

/**
 * Fetches a service's version document once (anonymously, as the API allows) and returns its range.
 *
 * @param client - The service.
 * @param signal - Aborts the request.
 * @returns The API version serving the endpoint, with its microversion range.
 * @throws {@link "index"!HttpError} when the document cannot be fetched.
 * @throws {@link "index"!ResponseShapeError} when it has an unknown shape.
 */
export async function discoverVersion(client: ServiceClient, signal?: AbortSignal): Promise<ApiVersion> {
  const url = versionDocumentUrl(client.endpoint);
  const response = await client.request(
    { method: 'GET', path: url, expect: [200, 300], skipAuth: true },
    signal,
  );
  return parseVersionDocument(response.body, url);
}
