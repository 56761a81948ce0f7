// Every auth variant through the real transport against nock: the exact request body, the parsed result,
// and the failures (401, missing token, 300 Multiple Choices, 500 with an HTML body).
// The v3 bodies were recorded from the local Keystone (test/fixtures/openstack/identity/tokens); tokens are
// header values there and the fixtures hold none.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import type { AuthOptions } from '../../../src/auth/types.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { ServerError } from '../../../src/errors/http-status-errors.ts';
import { ResponseShapeError } from '../../../src/errors/response-shape-error.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

const K = 'https://keystone.test:5000';
const open: OpenStackSession[] = [];

function session(auth: AuthOptions): OpenStackSession {
  const s = createSession({ auth, transport: { retry: false } });
  open.push(s);
  return s;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const project = loadFixture('identity/tokens/create.v3-password-project');
const v3password: AuthOptions = {
  method: '3.x_password',
  authUrl: `${K}/v3`,
  user: { name: 'demo', domain: { name: 'Default' } },
  password: 'pw',
  scope: { project: { name: 'demo', domain: { name: 'Default' } } },
};

describe('3.x_password', () => {
  it('sends the documented body and parses the recorded answer', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens', {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'pw' } },
          },
          scope: { project: { name: 'demo', domain: { name: 'Default' } } },
        },
      })
      .reply(201, project, { 'X-Subject-Token': 'tok-1', 'Content-Type': 'application/json' });
    const info = await session(v3password).authenticate();
    expect(info.scope).toMatchObject({ kind: 'project', project: { name: 'demo' } });
    expect(info.catalog.endpoints).toHaveLength(24);
    scope.done();
  });

  it('401 → AuthenticationError that says what to check', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens')
      .reply(401, loadFixture('identity/tokens/create.v3-password-wrong'), {
        'Content-Type': 'application/json',
      });
    const error = await session(v3password)
      .authenticate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).toContain('check the user name (or id), the password and the user domain');
    expect(String(error)).not.toContain('pw"');
    scope.done();
  });

  it('a 201 without X-Subject-Token → ResponseShapeError', async () => {
    const scope = nock(K).post('/v3/auth/tokens').reply(201, project, { 'Content-Type': 'application/json' });
    await expect(session(v3password).authenticate()).rejects.toThrow(ResponseShapeError);
    scope.done();
  });

  it('300 Multiple Choices → an error listing the versions offered', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens')
      .reply(300, loadFixture('identity/tokens/multiple-choices'), { 'Content-Type': 'application/json' });
    const error = await session(v3password)
      .authenticate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(
      /300 Multiple Choices.*It offers: v3\.14 \(stable\) at http:\/\/127\.0\.0\.1:5000\/v3/,
    );
    scope.done();
  });

  it('500 with an HTML body → ServerError, no HTML dumped into the message', async () => {
    const html = '<html><body><h1>500 Internal Server Error</h1><p>Proxy error</p></body></html>';
    const scope = nock(K).post('/v3/auth/tokens').reply(500, html, { 'Content-Type': 'text/html' });
    const error = await session(v3password)
      .authenticate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(String(error)).toContain('returned 500 for POST https://keystone.test:5000/v3/auth/tokens');
    scope.done();
  });
});

describe('3.x_appcred, 3.x_token, 3.x_oidc_access_token', () => {
  it('application credential', async () => {
    const scope = nock(K)
      .post('/identity/v3/auth/tokens', {
        auth: {
          identity: {
            methods: ['application_credential'],
            application_credential: { id: 'ac', secret: 's' },
          },
        },
      })
      .reply(201, loadFixture('identity/tokens/create.v3-appcred'), {
        'X-Subject-Token': 't',
        'Content-Type': 'application/json',
      });
    const s = session({
      method: '3.x_appcred',
      authUrl: 'https://keystone.test:5000/identity',
      applicationCredential: { id: 'ac', secret: 's' },
    });
    expect((await s.authenticate()).method).toBe('3.x_appcred');
    scope.done();
  });

  it('token rescope', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens', {
        auth: { identity: { methods: ['token'], token: { id: 'old' } }, scope: { project: { id: 'p1' } } },
      })
      .reply(201, project, { 'X-Subject-Token': 'new', 'Content-Type': 'application/json' });
    const s = session({
      method: '3.x_token',
      authUrl: `${K}/v3/`,
      token: 'old',
      scope: { project: { id: 'p1' } },
    });
    expect(await s.token()).toBe('new');
    scope.done();
  });

  it('OIDC access token: federated login, then rescope to the project', async () => {
    const scope = nock(K)
      .post('/v3/OS-FEDERATION/identity_providers/idp/protocols/openid/auth')
      .matchHeader('authorization', 'Bearer at')
      .reply(201, loadFixture('identity/tokens/create.v3-password-unscoped'), {
        'X-Subject-Token': 'fed',
        'Content-Type': 'application/json',
      })
      .post('/v3/auth/tokens', {
        auth: { identity: { methods: ['token'], token: { id: 'fed' } }, scope: { project: { id: 'p' } } },
      })
      .reply(201, project, { 'X-Subject-Token': 'scoped', 'Content-Type': 'application/json' });
    const s = session({
      method: '3.x_oidc_access_token',
      authUrl: K,
      identityProvider: 'idp',
      accessToken: 'at',
      scope: { project: { id: 'p' } },
    });
    expect(await s.token()).toBe('scoped');
    scope.done();
  });
});

describe('2.0_password, 2.0_apikey, 2.0', () => {
  const access = {
    access: {
      token: { id: 'v2tok', expires: '2031-01-01T00:00:00Z', tenant: { id: 't1', name: 'proj' } },
      user: { id: 'u1', name: 'bob', roles: [{ name: 'member' }] },
      serviceCatalog: [
        { type: 'compute', name: 'nova', endpoints: [{ region: 'R', publicURL: 'https://nova.test/v2/t1' }] },
      ],
    },
  };

  it('password credentials with tenant name', async () => {
    const scope = nock(K)
      .post('/v2.0/tokens', {
        auth: { passwordCredentials: { username: 'bob', password: 'pw' }, tenantName: 'proj' },
      })
      .reply(200, access);
    const s = session({
      method: '2.0_password',
      authUrl: `${K}/v2.0/tokens`,
      username: 'bob',
      password: 'pw',
      tenant: { name: 'proj' },
    });
    expect(await s.endpointFor({ type: 'compute' })).toBe('https://nova.test/v2/t1');
    scope.done();
  });

  it.each(['2.0', '2.0_apikey'] as const)('%s sends RAX-KSKEY apiKeyCredentials', async (method) => {
    const scope = nock(K)
      .post('/v2.0/tokens', { auth: { 'RAX-KSKEY:apiKeyCredentials': { username: 'bob', apiKey: 'key' } } })
      .reply(200, access);
    expect(await session({ method, authUrl: K, username: 'bob', apiKey: 'key' }).token()).toBe('v2tok');
    scope.done();
  });

  it('401 → AuthenticationError; token missing → ResponseShapeError', async () => {
    const scope = nock(K)
      .post('/v2.0/tokens')
      .reply(401, { unauthorized: { code: 401, message: 'Username or api key is invalid' } })
      .post('/v2.0/tokens')
      .reply(200, { access: { token: {} } });
    const s = () => session({ method: '2.0', authUrl: K, username: 'bob', apiKey: 'key' });
    await expect(s().authenticate()).rejects.toThrow(AuthenticationError);
    await expect(s().authenticate()).rejects.toThrow(ResponseShapeError);
    scope.done();
  });
});

describe('1.1 and 1.0', () => {
  it('1.1: POST /v1.1/auth', async () => {
    const scope = nock(K)
      .post('/v1.1/auth', { credentials: { username: 'bob', key: 'key' } })
      .reply(200, {
        auth: {
          token: { id: 'v11tok', expires: '2031-01-01T00:00:00.000-06:00' },
          serviceCatalog: { cloudServers: [{ publicURL: 'https://servers.test/v1.0/1' }] },
        },
      });
    const s = session({ method: '1.1', authUrl: K, username: 'bob', apiKey: 'key' });
    expect(await s.endpointFor({ type: 'compute' })).toBe('https://servers.test/v1.0/1');
    scope.done();
  });

  it('1.0: GET /v1.0 with headers; token and URLs from headers; no expiry', async () => {
    const scope = nock(K)
      .get('/v1.0')
      .matchHeader('x-auth-user', 'bob')
      .matchHeader('x-auth-key', 'key')
      .reply(204, '', {
        'X-Auth-Token': 'v10tok',
        'X-Server-Management-Url': 'https://servers.test/v1.0/1',
        'X-Storage-Url': 'https://storage.test/v1/AUTH_1',
      });
    const s = session({ method: '1.0', authUrl: `${K}/v1.0`, username: 'bob', apiKey: 'key' });
    const info = await s.authenticate();
    expect(info.expiresAt).toBeUndefined();
    expect(await s.endpointFor({ type: 'object-store' })).toBe('https://storage.test/v1/AUTH_1');
    scope.done();
  });

  it('1.0: 401 → AuthenticationError; no X-Auth-Token → ResponseShapeError', async () => {
    const scope = nock(K).get('/v1.0').reply(401, 'Unauthorized').get('/v1.0').reply(204, '');
    const s = () => session({ method: '1.0', authUrl: K, username: 'bob', apiKey: 'key' });
    await expect(s().authenticate()).rejects.toThrow(AuthenticationError);
    await expect(s().authenticate()).rejects.toThrow('$headers.x-auth-token');
    scope.done();
  });
});

describe('wrong API version or URL', () => {
  it('404 on /v2.0/tokens says Keystone no longer serves v2.0', async () => {
    const scope = nock(K)
      .post('/v2.0/tokens')
      .reply(404, { error: { code: 404, message: 'Not Found' } });
    const error = await session({ method: '2.0_password', authUrl: K, username: 'u', password: 'p' })
      .authenticate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain('does not serve that API version (Keystone removed v2.0 in Queens)');
    scope.done();
  });

  it('404 for a token rescope is the token, not the URL: an AuthenticationError with Keystone’s reason', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens')
      .reply(
        404,
        { error: { code: 404, message: 'Could not recognize Fernet token', title: 'Not Found' } },
        { 'x-openstack-request-id': 'req-404' },
      );
    const error = await session({ method: '3.x_token', authUrl: K, token: 'expired-token-value' })
      .authenticate()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).toBe(
      `AuthenticationError: The identity service answered 404 (Could not recognize Fernet token) for POST ${K}/v3/auth/tokens: ` +
        'Keystone does not recognise the token: it has expired, was revoked or comes from another cloud (req-404)',
    );
    expect(String(error)).not.toContain('expired-token-value');
    scope.done();
  });

  it('404 on /v3/auth/tokens says to check the auth URL', async () => {
    const scope = nock(K).post('/nova/v3/auth/tokens').reply(404, 'Not Found');
    const error = await session({ ...v3password, authUrl: `${K}/nova` } as AuthOptions)
      .authenticate()
      .catch((e: unknown) => e);
    expect(String(error)).toContain('check that `authUrl` points at Keystone');
    scope.done();
  });
});
