// The failure matrix: every auth variant × (401, token missing, 300 Multiple Choices, 500 with an HTML body),
// through the real transport against nock.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import type { AuthOptions } from '../../../src/auth/types.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { ServerError } from '../../../src/errors/http-status-errors.ts';
import { ResponseShapeError } from '../../../src/errors/response-shape-error.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

const K = 'https://keystone.fail.test';
const open: OpenStackSession[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

interface Variant {
  readonly auth: AuthOptions;
  readonly method: 'get' | 'post';
  readonly path: string;
  /** A success answer that lacks the token. */
  readonly noToken: readonly [status: number, body: unknown];
  /** The JSON path (or header) named by the ResponseShapeError. */
  readonly shapePath: string;
}

const user = { name: 'demo', domain: { name: 'Default' } };
const v3Body = loadFixture('identity/tokens/create.v3-password-project');
const VARIANTS: Readonly<Record<string, Variant>> = {
  '3.x_password': {
    auth: { method: '3.x_password', authUrl: K, user, password: 'pw' },
    method: 'post',
    path: '/v3/auth/tokens',
    noToken: [201, v3Body],
    shapePath: '$headers.x-subject-token',
  },
  '3.x_appcred': {
    auth: { method: '3.x_appcred', authUrl: K, applicationCredential: { id: 'a', secret: 's' } },
    method: 'post',
    path: '/v3/auth/tokens',
    noToken: [201, v3Body],
    shapePath: '$headers.x-subject-token',
  },
  '3.x_token': {
    auth: { method: '3.x_token', authUrl: K, token: 'old' },
    method: 'post',
    path: '/v3/auth/tokens',
    noToken: [201, v3Body],
    shapePath: '$headers.x-subject-token',
  },
  '3.x_oidc_access_token': {
    auth: { method: '3.x_oidc_access_token', authUrl: K, identityProvider: 'idp', accessToken: 'at' },
    method: 'post',
    path: '/v3/OS-FEDERATION/identity_providers/idp/protocols/openid/auth',
    noToken: [201, v3Body],
    shapePath: '$headers.x-subject-token',
  },
  '2.0_password': {
    auth: { method: '2.0_password', authUrl: K, username: 'u', password: 'p' },
    method: 'post',
    path: '/v2.0/tokens',
    noToken: [200, { access: { serviceCatalog: [] } }],
    shapePath: '$.access.token',
  },
  '2.0_apikey': {
    auth: { method: '2.0_apikey', authUrl: K, username: 'u', apiKey: 'k' },
    method: 'post',
    path: '/v2.0/tokens',
    noToken: [200, { access: { token: { expires: '2031-01-01T00:00:00Z' } } }],
    shapePath: '$.access.token.id',
  },
  '1.1': {
    auth: { method: '1.1', authUrl: K, username: 'u', apiKey: 'k' },
    method: 'post',
    path: '/v1.1/auth',
    noToken: [200, { auth: { serviceCatalog: {} } }],
    shapePath: '$.auth.token',
  },
  '1.0': {
    auth: { method: '1.0', authUrl: K, username: 'u', apiKey: 'k' },
    method: 'get',
    path: '/v1.0',
    noToken: [204, ''],
    shapePath: '$headers.x-auth-token',
  },
};

function login(variant: Variant): nock.Interceptor {
  return variant.method === 'get' ? nock(K).get(variant.path) : nock(K).post(variant.path);
}

function attempt(variant: Variant): Promise<unknown> {
  const session = createSession({ auth: variant.auth, transport: { retry: false } });
  open.push(session);
  return session.authenticate().catch((error: unknown) => error);
}

describe.each(Object.entries(VARIANTS))('%s failures', (_name, variant) => {
  it('401 → AuthenticationError with status 401', async () => {
    const scope = login(variant).reply(401, { error: { code: 401, message: 'Unauthorized' } });
    const error = await attempt(variant);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
    scope.done();
  });

  it('a success answer without the token → ResponseShapeError naming where it should be', async () => {
    const [status, body] = variant.noToken;
    const scope = login(variant).reply(status, body as nock.Body, { 'Content-Type': 'application/json' });
    const error = await attempt(variant);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ path: variant.shapePath });
    scope.done();
  });

  it('300 Multiple Choices → ConfigurationError listing the versions', async () => {
    const scope = login(variant).reply(300, loadFixture('identity/tokens/multiple-choices'), {
      'Content-Type': 'application/json',
    });
    const error = await attempt(variant);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain('It offers: v3.14 (stable)');
    scope.done();
  });

  it('500 with an HTML body → ServerError', async () => {
    const scope = login(variant).reply(500, '<html><body><h1>Internal Server Error</h1></body></html>', {
      'Content-Type': 'text/html',
    });
    const error = await attempt(variant);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500 });
    scope.done();
  });
});
