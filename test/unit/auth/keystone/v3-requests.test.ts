import { describe, expect, it } from 'vitest';
import {
  buildOidcRequest,
  buildV3AppCredRequest,
  buildV3PasswordRequest,
  buildV3TokenRequest,
} from '../../../../src/auth/keystone/v3-requests.ts';

const authUrl = 'https://keystone.example/identity/v3';
const user = { name: 'demo', domain: { name: 'Default' } };

describe('v3 login request builders', () => {
  it('password, project by name and domain', () => {
    const request = buildV3PasswordRequest({
      method: '3.x_password',
      authUrl,
      user,
      password: 'pw',
      scope: { project: { name: 'demo', domain: { id: 'default' } } },
    });
    expect(request).toMatchObject({
      method: 'POST',
      url: 'https://keystone.example/identity/v3/auth/tokens',
    });
    expect(request.skipAuth).toBe(true);
    expect(request.expect).toContain(300);
    expect(request.json).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'pw' } },
        },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
  });

  it('password by user id with domain and system scopes, and unscoped', () => {
    const base = { method: '3.x_password', authUrl, user: { id: 'u1' }, password: 'pw' } as const;
    const domain = buildV3PasswordRequest({ ...base, scope: { domain: { name: 'Default' } } });
    expect(domain.json).toMatchObject({ auth: { scope: { domain: { name: 'Default' } } } });
    const system = buildV3PasswordRequest({ ...base, scope: { system: 'all' } });
    expect(system.json).toMatchObject({ auth: { scope: { system: { all: true } } } });
    const unscoped = buildV3PasswordRequest({ ...base, scope: { unscoped: true } });
    expect(unscoped.json).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } },
        scope: 'unscoped',
      },
    });
    const keystoneDefault = buildV3PasswordRequest(base);
    expect(keystoneDefault.json).toEqual({
      auth: { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } } },
    });
  });

  it('application credential by id, and by name with its user; never a scope', () => {
    const byId = buildV3AppCredRequest({
      method: '3.x_appcred',
      authUrl,
      applicationCredential: { id: 'ac', secret: 's' },
    });
    expect(byId.json).toEqual({
      auth: {
        identity: { methods: ['application_credential'], application_credential: { id: 'ac', secret: 's' } },
      },
    });
    const byName = buildV3AppCredRequest({
      method: '3.x_appcred',
      authUrl,
      applicationCredential: { name: 'ci', secret: 's', user },
    });
    expect(byName.json).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: {
            name: 'ci',
            secret: 's',
            user: { name: 'demo', domain: { name: 'Default' } },
          },
        },
      },
    });
  });

  it('token rescope', () => {
    const request = buildV3TokenRequest({ authUrl, token: 'tok', scope: { project: { id: 'p1' } } });
    expect(request.json).toEqual({
      auth: { identity: { methods: ['token'], token: { id: 'tok' } }, scope: { project: { id: 'p1' } } },
    });
  });

  it('OIDC access token goes to the federation URL as a bearer token', () => {
    const request = buildOidcRequest(authUrl, 'my idp', 'openid', 'at');
    expect(request.url).toBe(
      'https://keystone.example/identity/v3/OS-FEDERATION/identity_providers/my%20idp/protocols/openid/auth',
    );
    expect(request.headers).toEqual({ Authorization: 'Bearer at' });
  });
});
