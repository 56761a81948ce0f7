// Options from JSON config or plain JavaScript: every bad field fails at createSession with a
// ConfigurationError naming it, never a TypeError, and the message never shows the value (it may be a secret).
import { describe, expect, it } from 'vitest';
import { createSession, type SessionOptions } from '../../../src/auth/session.ts';
import {
  type OpenStackDriverOptions,
  OpenStackNodeDriver,
} from '../../../src/drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';

const URL = 'https://keystone.example:5000/v3';
const SECRET = 's3cr3t-value-4d1f';
const user = { name: 'demo', domain: { name: 'Default' } };
const password = (extra: Record<string, unknown>): unknown => ({
  auth: { method: '3.x_password', authUrl: URL, user, password: SECRET, ...extra },
});

/** [what, options, field the message must name]. */
const BAD: readonly [string, unknown, string][] = [
  ['no options', undefined, '`options`'],
  ['options not an object', 'cloud', '`options`'],
  ['no auth', {}, '`auth`'],
  ['auth an array', { auth: [] }, '`auth`'],
  ['unknown method', { auth: { method: '4.x', authUrl: URL } }, '`auth.method`'],
  ['no method', { auth: { authUrl: URL } }, '`auth.method`'],
  [
    'authUrl a number',
    { auth: { method: '3.x_password', authUrl: 5000, user, password: 'p' } },
    '`auth.authUrl`',
  ],
  ['user missing', { auth: { method: '3.x_password', authUrl: URL, password: 'p' } }, '`auth.user`'],
  ['user a string', password({ user: 'demo' }), '`auth.user`'],
  ['user name without domain', password({ user: { name: 'demo' } }), '`auth.user.domain`'],
  ['user domain empty', password({ user: { name: 'demo', domain: {} } }), '`auth.user.domain.name`'],
  ['user id a number', password({ user: { id: 7 } }), '`auth.user.id`'],
  ['password a number', password({ password: 1234 }), '`auth.password`'],
  [
    'scope project name without domain',
    password({ scope: { project: { name: 'demo' } } }),
    '`auth.scope.project.domain`',
  ],
  ['scope project null', password({ scope: { project: null } }), '`auth.scope.project`'],
  [
    'scope project domain a string',
    password({ scope: { project: { name: 'p', domain: 'Default' } } }),
    '`auth.scope.project.domain`',
  ],
  [
    'scope with two kinds',
    password({ scope: { project: { id: 'p' }, domain: { id: 'd' } } }),
    '`auth.scope`',
  ],
  ['scope empty', password({ scope: {} }), '`auth.scope`'],
  ['scope a string', password({ scope: 'project' }), '`auth.scope`'],
  ['scope domain without id or name', password({ scope: { domain: {} } }), '`auth.scope.domain.name`'],
  ['scope system not all', password({ scope: { system: true } }), '`auth.scope.system`'],
  ['scope unscoped not true', password({ scope: { unscoped: 'yes' } }), '`auth.scope.unscoped`'],
  ['appcred missing', { auth: { method: '3.x_appcred', authUrl: URL } }, '`auth.applicationCredential`'],
  [
    'appcred secret missing',
    { auth: { method: '3.x_appcred', authUrl: URL, applicationCredential: { id: 'a' } } },
    '`auth.applicationCredential.secret`',
  ],
  [
    'appcred name without user',
    { auth: { method: '3.x_appcred', authUrl: URL, applicationCredential: { name: 'a', secret: SECRET } } },
    '`auth.applicationCredential.user`',
  ],
  ['token method without token', { auth: { method: '3.x_token', authUrl: URL } }, '`auth.token`'],
  [
    'oidc protocol a number',
    {
      auth: {
        method: '3.x_oidc_access_token',
        authUrl: URL,
        identityProvider: 'idp',
        accessToken: SECRET,
        protocol: 1,
      },
    },
    '`auth.protocol`',
  ],
  [
    'v2 tenant a string',
    { auth: { method: '2.0_password', authUrl: URL, username: 'u', password: SECRET, tenant: 'demo' } },
    '`auth.tenant`',
  ],
  [
    'v2 tenant name a number',
    { auth: { method: '2.0_password', authUrl: URL, username: 'u', password: SECRET, tenant: { name: 3 } } },
    '`auth.tenant.name`',
  ],
  ['apikey missing', { auth: { method: '2.0_apikey', authUrl: URL, username: 'u' } }, '`auth.apiKey`'],
  ['v1 username missing', { auth: { method: '1.1', authUrl: URL, apiKey: SECRET } }, '`auth.username`'],
  ['forced token missing', { auth: { method: 'forced_token' } }, '`auth.token`'],
  [
    'forced endpoints not strings',
    { auth: { method: 'forced_token', token: SECRET, endpoints: { compute: 1 } } },
    '`auth.endpoints.compute`',
  ],
  ['region a number', { ...(password({}) as object), region: 1 }, '`region`'],
  ['interface unknown', { ...(password({}) as object), interface: 'private' }, '`interface`'],
  [
    'endpointOverrides a string',
    { ...(password({}) as object), endpointOverrides: 'http://nova' },
    '`endpointOverrides`',
  ],
  [
    'endpointOverrides value not a URL',
    { ...(password({}) as object), endpointOverrides: { compute: 'nova' } },
    '`endpointOverrides.compute`',
  ],
  ['transport a string', { ...(password({}) as object), transport: 'undici' }, '`transport`'],
  ['tokenCache max negative', { ...(password({}) as object), tokenCache: { max: -1 } }, '`tokenCache.max`'],
  [
    'tokenCache skew a string',
    { ...(password({}) as object), tokenCache: { expirySkewMs: '60s' } },
    '`tokenCache.expirySkewMs`',
  ],
];

describe('the 1.1 driver validates untyped compute settings', () => {
  it.each([
    ['microversion a number', { microversion: 2.6 }, '`compute.microversion`'],
    ['serviceName empty', { serviceName: '' }, '`compute.serviceName`'],
    ['compute a string', 'nova', '`compute`'],
  ])('%s → ConfigurationError naming the field', (_what, compute, field) => {
    const auth = {
      method: 'forced_token',
      token: SECRET,
      endpoints: { compute: 'http://nova/v2.1' },
    } as const;
    expect(() => new OpenStackNodeDriver({ auth, compute } as OpenStackDriverOptions)).toThrow(field);
  });
});

describe('createSession validates untyped options', () => {
  it.each(BAD)('%s → ConfigurationError naming the field', (_what, options, field) => {
    let caught: unknown;
    try {
      createSession(options as SessionOptions);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = caught instanceof Error ? caught.message : '';
    expect(message).toContain(field);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain('1234');
  });

  it('accepts the good shapes of every scope and the v2 tenant', async () => {
    for (const scope of [
      undefined,
      { project: { id: 'p' } },
      { project: { name: 'p', domain: { id: 'default' } } },
      { domain: { name: 'Default' } },
      { system: 'all' },
      { unscoped: true },
    ]) {
      await createSession(password({ scope }) as SessionOptions).close();
    }
    const v2 = { method: '2.0_password', authUrl: URL, username: 'u', password: SECRET, tenant: { id: 't' } };
    await createSession({ auth: v2 } as SessionOptions).close();
  });
});
