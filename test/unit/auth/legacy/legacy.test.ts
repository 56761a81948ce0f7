import { describe, expect, it } from 'vitest';
import {
  buildV10Request,
  buildV11Request,
  parseV10Response,
  parseV11Response,
} from '../../../../src/auth/legacy/v1.ts';
import { buildV2Request, parseV2Response } from '../../../../src/auth/legacy/v2.ts';
import { ResponseShapeError } from '../../../../src/errors/response-shape-error.ts';

const v1 = {
  method: '1.0',
  authUrl: 'https://auth.api.example.com/v1.0',
  username: 'bob',
  apiKey: 'k',
} as const;

describe('v1.0', () => {
  it('GET /v1.0 with X-Auth-User and X-Auth-Key', () => {
    expect(buildV10Request(v1)).toMatchObject({
      method: 'GET',
      url: 'https://auth.api.example.com/v1.0',
      headers: { 'X-Auth-User': 'bob', 'X-Auth-Key': 'k' },
    });
  });

  it('token and URLs from headers, no expiry', () => {
    const result = parseV10Response(
      {
        status: 204,
        headers: { 'x-auth-token': 't', 'x-server-management-url': 'https://s/v1.0/1' },
        body: undefined,
        url: 'u',
      },
      'bob',
    );
    expect(result.token).toBe('t');
    expect(result.info.expiresAt).toBeUndefined();
    expect(result.info.catalog.endpoints).toMatchObject([{ type: 'compute', url: 'https://s/v1.0/1' }]);
  });

  it('missing X-Auth-Token is a ResponseShapeError', () => {
    expect(() => parseV10Response({ status: 204, headers: {}, body: undefined, url: 'u' }, 'bob')).toThrow(
      ResponseShapeError,
    );
  });
});

describe('v1.1', () => {
  it('POST /v1.1/auth with credentials', () => {
    expect(buildV11Request({ ...v1, method: '1.1' })).toMatchObject({
      method: 'POST',
      url: 'https://auth.api.example.com/v1.1/auth',
      json: { credentials: { username: 'bob', key: 'k' } },
    });
  });

  it('parses token, expiry and catalog', () => {
    const body = {
      auth: {
        token: { id: 'tok', expires: '2031-01-01T00:00:00.000-06:00' },
        serviceCatalog: { cloudServers: [{ publicURL: 'https://servers/v1.0/1' }] },
      },
    };
    const result = parseV11Response({ status: 200, headers: {}, body, url: 'u' }, 'bob');
    expect(result.token).toBe('tok');
    expect(result.info.expiresAt?.toISOString()).toBe('2031-01-01T06:00:00.000Z');
    expect(result.info.catalog.endpoints[0]).toMatchObject({ type: 'compute', name: 'cloudServers' });
  });
});

describe('v2.0', () => {
  const base = { authUrl: 'https://k:5000/v2.0/tokens', username: 'bob' } as const;

  it('password credentials with tenant name (libcloud ex_tenant_name)', () => {
    const request = buildV2Request({
      ...base,
      method: '2.0_password',
      password: 'pw',
      tenant: { name: 'proj' },
    });
    expect(request.url).toBe('https://k:5000/v2.0/tokens');
    expect(request.json).toEqual({
      auth: { passwordCredentials: { username: 'bob', password: 'pw' }, tenantName: 'proj' },
    });
  });

  it('API key credentials (plain 2.0), tenant by id', () => {
    const request = buildV2Request({ ...base, method: '2.0', apiKey: 'key', tenant: { id: 't1' } });
    expect(request.json).toEqual({
      auth: { 'RAX-KSKEY:apiKeyCredentials': { username: 'bob', apiKey: 'key' }, tenantId: 't1' },
    });
  });

  it('parses the access object', () => {
    const body = {
      access: {
        token: { id: 'tok', expires: '2031-01-01T00:00:00Z', tenant: { id: 't1', name: 'proj' } },
        user: { id: 'u1', name: 'bob', roles: [{ name: 'member' }] },
        serviceCatalog: [
          { type: 'compute', name: 'nova', endpoints: [{ region: 'R', publicURL: 'https://n' }] },
        ],
      },
    };
    const { token, info } = parseV2Response({ status: 200, headers: {}, body, url: 'u' }, '2.0_password');
    expect(token).toBe('tok');
    expect(info).toMatchObject({ authVersion: '2.0', roles: ['member'], scope: { kind: 'project' } });
    expect(info.catalog.endpoints).toHaveLength(1);
  });

  it('missing token id is a ResponseShapeError at $.access.token.id', () => {
    const body = { access: { token: {} } };
    expect(() => parseV2Response({ status: 200, headers: {}, body, url: 'u' }, '2.0')).toThrow(
      '$.access.token.id',
    );
  });
});
