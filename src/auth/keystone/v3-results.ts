import { ResponseShapeError } from '../../errors/response-shape-error.ts';
import {
  expectArray,
  expectObject,
  expectString,
  type JsonObject,
  optionalId,
  optionalString,
} from '../../shape/expect.ts';
import type { HttpResponse } from '../../transport/types.ts';
import { parseV3Catalog } from '../catalog/parse.ts';
import type { AuthMethod, AuthResult, IdentityRef, TokenScope } from '../types.ts';

/**
 * Parses an optional ISO date.
 *
 * @param raw - The value from the wire.
 * @param path - Its JSON path.
 * @returns The date, or `undefined` when absent.
 * @throws {@link ResponseShapeError} when present and not a valid date.
 */
export function parseOptionalDate(raw: unknown, path: string): Date | undefined {
  const text = optionalString(raw, path);
  if (text === undefined) return undefined;
  // Keystone v2 sends `2026-01-01T00:00:00Z`, v3 `…00.000000Z`; both parse, a missing zone means UTC.
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new ResponseShapeError(path, 'an ISO 8601 date', raw);
  return date;
}

/**
 * Parses a named reference (`{ id, name, domain: { id, name } }`).
 *
 * @param raw - The value from the wire.
 * @param path - Its JSON path.
 * @returns The reference.
 * @throws {@link ResponseShapeError} naming the path that does not fit.
 */
export function parseIdentityRef(raw: unknown, path: string): IdentityRef {
  const o = expectObject(raw, path);
  const domain =
    o.domain === undefined || o.domain === null ? undefined : expectObject(o.domain, `${path}.domain`);
  return Object.freeze({
    id: optionalId(o.id, `${path}.id`),
    name: optionalString(o.name, `${path}.name`),
    domain: domain && {
      id: optionalId(domain.id, `${path}.domain.id`),
      name: optionalString(domain.name, `${path}.domain.name`),
    },
  });
}

function parseScope(token: JsonObject): TokenScope {
  if (token.project !== undefined) {
    return { kind: 'project', project: parseIdentityRef(token.project, '$.token.project') };
  }
  if (token.domain !== undefined)
    return { kind: 'domain', domain: parseIdentityRef(token.domain, '$.token.domain') };
  if (token.system !== undefined) return { kind: 'system' };
  return { kind: 'unscoped' };
}

/**
 * Reads the token from a login response's `X-Subject-Token` header.
 *
 * @param response - The login response.
 * @returns The token.
 * @throws {@link ResponseShapeError} when the header is missing.
 */
export function subjectToken(response: HttpResponse): string {
  const token = response.headers['x-subject-token'];
  if (!token) throw new ResponseShapeError('$headers.x-subject-token', 'a token header', token);
  return token;
}

/**
 * Parses a Keystone v3 login response (`X-Subject-Token` and `{ token: … }`).
 *
 * @param response - The 201 response.
 * @param method - The auth method used, recorded in the result.
 * @returns The token and its info.
 * @throws {@link ResponseShapeError} when the token header or a required field is missing.
 */
export function parseV3Token(response: HttpResponse, method: AuthMethod): AuthResult {
  const token = subjectToken(response);
  const body = expectObject(response.body, '$');
  const t = expectObject(body.token, '$.token');
  const roles = expectArray(t.roles ?? [], '$.token.roles').map((r, i) =>
    expectString(expectObject(r, `$.token.roles[${i}]`).name, `$.token.roles[${i}].name`),
  );
  return {
    token,
    info: Object.freeze({
      method,
      authVersion: '3' as const,
      expiresAt: parseOptionalDate(t.expires_at, '$.token.expires_at'),
      issuedAt: parseOptionalDate(t.issued_at, '$.token.issued_at'),
      user: parseIdentityRef(t.user, '$.token.user'),
      scope: parseScope(t),
      roles: Object.freeze(roles),
      catalog: parseV3Catalog(t.catalog, '$.token.catalog'),
    }),
  };
}
