import { CloudError } from '../errors/cloud-error.ts';
import { expectArray, expectObject, expectString, optionalId, optionalString } from '../shape/expect.ts';
import type { CatalogEndpoint } from './catalog/model.ts';
import { makeCatalog, toEndpointInterface } from './catalog/model.ts';
import { parseIdentityRef, parseOptionalDate } from './keystone/v3-results.ts';
import type { AuthInfo, AuthMethod, AuthResult, AuthVersion, TokenScope } from './types.ts';

const METHODS: readonly AuthMethod[] = [
  '3.x_password',
  '3.x_appcred',
  '3.x_token',
  '3.x_oidc_access_token',
  '2.0_password',
  '2.0_apikey',
  '2.0',
  '1.0',
  '1.1',
  'forced_token',
];
const VERSIONS: readonly AuthVersion[] = ['1.0', '1.1', '2.0', '3', 'none'];

/**
 * Encodes a login result for an {@link ExternalTokenCache} (JSON with ISO dates; contains the token).
 *
 * @param result - The login result.
 * @returns A JSON string.
 */
export function encodeAuthResult(result: AuthResult): string {
  const { info } = result;
  return JSON.stringify({
    v: 1,
    token: result.token,
    info: { ...info, expiresAt: info.expiresAt?.toISOString(), issuedAt: info.issuedAt?.toISOString() },
  });
}

/**
 * Decodes what {@link encodeAuthResult} produced; anything else (another version, a damaged value) gives
 * `undefined`, so the caller logs in instead.
 *
 * @param text - The stored string.
 * @returns The login result, or `undefined`.
 */
export function decodeAuthResult(text: string): AuthResult | undefined {
  try {
    const root = expectObject(JSON.parse(text), '$');
    if (root.v !== 1) return undefined;
    return { token: expectString(root.token, '$.token'), info: decodeInfo(root.info) };
  } catch (error) {
    if (error instanceof CloudError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function decodeInfo(raw: unknown): AuthInfo {
  const o = expectObject(raw, '$.info');
  const method = METHODS.find((m) => m === o.method);
  const authVersion = VERSIONS.find((v) => v === o.authVersion);
  if (method === undefined || authVersion === undefined) throw new CloudError('unknown method or version');
  const endpoints = expectArray(
    expectObject(o.catalog, '$.info.catalog').endpoints,
    '$.info.catalog.endpoints',
  );
  return Object.freeze({
    method,
    authVersion,
    expiresAt: parseOptionalDate(o.expiresAt, '$.info.expiresAt'),
    issuedAt: parseOptionalDate(o.issuedAt, '$.info.issuedAt'),
    user: parseIdentityRef(o.user, '$.info.user'),
    scope: decodeScope(o.scope),
    roles: Object.freeze(
      expectArray(o.roles, '$.info.roles').map((r, i) => expectString(r, `$.info.roles[${i}]`)),
    ),
    catalog: makeCatalog(endpoints.map(decodeEndpoint)),
  });
}

function decodeScope(raw: unknown): TokenScope {
  const o = expectObject(raw, '$.info.scope');
  switch (o.kind) {
    case 'project':
      return { kind: 'project', project: parseIdentityRef(o.project, '$.info.scope.project') };
    case 'domain':
      return { kind: 'domain', domain: parseIdentityRef(o.domain, '$.info.scope.domain') };
    case 'system':
      return { kind: 'system' };
    case 'account':
      return { kind: 'account' };
    default:
      return { kind: 'unscoped' };
  }
}

function decodeEndpoint(raw: unknown, i: number): CatalogEndpoint {
  const p = `$.info.catalog.endpoints[${i}]`;
  const e = expectObject(raw, p);
  const iface = toEndpointInterface(expectString(e.interface, `${p}.interface`));
  if (iface === undefined) throw new CloudError(`bad interface at ${p}`);
  return {
    type: expectString(e.type, `${p}.type`),
    name: optionalString(e.name, `${p}.name`),
    region: optionalString(e.region, `${p}.region`),
    interface: iface,
    url: expectString(e.url, `${p}.url`),
    id: optionalId(e.id, `${p}.id`),
    serviceId: optionalId(e.serviceId, `${p}.serviceId`),
  };
}
