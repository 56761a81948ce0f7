import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/auth/session.ts';
import { strategyFor } from '../../../src/auth/strategy-for.ts';
import { type ExternalTokenCache, TokenCache } from '../../../src/auth/token-cache.ts';
import { decodeAuthResult, encodeAuthResult } from '../../../src/auth/token-codec.ts';
import type { AuthResult } from '../../../src/auth/types.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { fingerprint } from '../../../src/transport/redact.ts';
import type { HttpRequest, Send } from '../../../src/transport/types.ts';
import { fakeKeystone } from './helpers/fake-keystone.ts';

const auth = {
  method: '3.x_password',
  authUrl: 'http://127.0.0.1:5000/v3',
  user: { name: 'demo', domain: { name: 'Default' } },
  password: 'pw',
  scope: { project: { name: 'demo', domain: { name: 'Default' } } },
} as const;

function memoryStore(): ExternalTokenCache & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => {
      map.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
  };
}

describe('external token cache', () => {
  it('a second process (new TokenCache) reuses the stored token without logging in', async () => {
    const fake = fakeKeystone();
    const store = memoryStore();
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const first = await createSession({ auth, transport, tokenCache: { external: store } }).authenticate();
    const second = await createSession({ auth, transport, tokenCache: { external: store } }).authenticate();
    expect(fake.logins).toHaveLength(1);
    expect(second.expiresAt?.getTime()).toBe(first.expiresAt?.getTime());
    const [key] = [...store.map.keys()];
    expect(key).toMatch(/^stratus:token:[0-9a-f]{64}$/);
    expect(key).not.toContain('pw');
  });

  it('a failing external cache is ignored (login instead)', async () => {
    const fake = fakeKeystone();
    const broken: ExternalTokenCache = {
      get: () => Promise.reject(new Error('redis down')),
      set: () => Promise.reject(new Error('redis down')),
      delete: () => Promise.reject(new Error('redis down')),
    };
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const info = await createSession({ auth, transport, tokenCache: { external: broken } }).authenticate();
    expect(info.user.name).toBe('demo');
    expect(fake.logins).toHaveLength(1);
  });

  it('a 401 removes the token from the external cache too', async () => {
    const fake = fakeKeystone();
    const store = memoryStore();
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const s = createSession({ auth, transport, tokenCache: { external: store } });
    await s.authenticate();
    fake.refused.add('token-1');
    await s.send({ method: 'GET', url: 'http://nova/x' }, { attempt: 1 });
    expect([...store.map.values()].join()).toContain('token-2');
    expect(fake.logins).toHaveLength(2);
  });
});

describe('token codec', () => {
  it('round-trips a login result and rejects damaged values', () => {
    const result: AuthResult = {
      token: 't',
      info: {
        method: '3.x_password',
        authVersion: '3',
        expiresAt: new Date('2030-01-01T00:00:00Z'),
        issuedAt: undefined,
        user: { id: 'u', name: 'demo' },
        scope: { kind: 'project', project: { id: 'p' } },
        roles: ['member'],
        catalog: {
          endpoints: [{ type: 'compute', name: 'nova', region: 'R', interface: 'public', url: 'https://n' }],
        },
      },
    };
    const decoded = decodeAuthResult(encodeAuthResult(result));
    expect(decoded?.token).toBe('t');
    expect(decoded?.info.expiresAt?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(decoded?.info.catalog.endpoints[0]?.url).toBe('https://n');
    expect(decodeAuthResult('{"v":2}')).toBeUndefined();
    expect(decodeAuthResult('not json')).toBeUndefined();
  });
});

describe('ttl', () => {
  it('no-expiry tokens are kept for noExpiryTtlMs; expiring ones until expiry minus skew', () => {
    const cache = new TokenCache({ expirySkewMs: 1000, noExpiryTtlMs: 42_000 });
    const base = { method: '1.0', authVersion: '1.0', issuedAt: undefined, user: {}, roles: [] } as const;
    const info = { ...base, scope: { kind: 'account' }, catalog: { endpoints: [] } } as const;
    expect(cache.ttlFor({ token: 't', info: { ...info, expiresAt: undefined } })).toBe(42_000);
    const ttl = cache.ttlFor({ token: 't', info: { ...info, expiresAt: new Date(Date.now() + 10_000) } });
    expect(ttl).toBeGreaterThan(8_900);
    expect(ttl).toBeLessThanOrEqual(9_000);
  });
});

describe('invalidate', () => {
  it('drops a refused token only while it is still the cached one: a late 401 on an old token keeps the new', async () => {
    const fake = fakeKeystone();
    const cache = new TokenCache();
    const strategy = strategyFor(auth);
    expect((await cache.get(strategy, fake.send)).token).toBe('token-1');
    expect(await cache.invalidate(strategy.cacheKey, 'token-1')).toBe(true);
    expect((await cache.get(strategy, fake.send)).token).toBe('token-2');
    // Another caller's 401 for token-1 arrives after token-2 replaced it: nothing is dropped, no new login.
    expect(await cache.invalidate(strategy.cacheKey, 'token-1')).toBe(false);
    expect((await cache.get(strategy, fake.send)).token).toBe('token-2');
    expect(fake.logins).toHaveLength(2);
  });
});

describe('printing', () => {
  it('a cached login result shows its token only as a fingerprint, while code reads the real one', async () => {
    const fake = fakeKeystone();
    const result = await new TokenCache().get(strategyFor(auth), fake.send);
    expect(result.token).toBe('token-1');
    const printed = inspect(result, { depth: 6 });
    expect(printed).not.toContain('token-1');
    expect(printed).toContain(fingerprint('token-1'));
    expect(printed).toContain("name: 'demo'");
    expect(JSON.stringify(result)).not.toContain('token-1');
  });

  it('so does a login through strategyFor directly', async () => {
    const fake = fakeKeystone();
    const result = await strategyFor(auth).authenticate(fake.send);
    expect(result.token).toBe('token-1');
    expect(inspect(result, { depth: 6 })).not.toContain('token-1');
    expect(JSON.stringify(result)).not.toContain('token-1');
  });
});

describe('skipAuth', () => {
  it('a request marked skipAuth goes out without a login and without X-Auth-Token', async () => {
    const sent: HttpRequest[] = [];
    const send: Send = (request) => {
      sent.push(request);
      return Promise.resolve({ status: 200, headers: {}, body: {}, url: request.url });
    };
    const s = createSession({ auth, transport: { transport: { send, close: () => Promise.resolve() } } });
    await s.send({ method: 'GET', url: 'https://nova/', skipAuth: true }, { attempt: 1 });
    expect(sent.map((r) => [r.url, r.headers?.['X-Auth-Token']])).toEqual([['https://nova/', undefined]]);
  });
});

describe('forced token', () => {
  it('uses the token without a login, against the forced base URL', async () => {
    const fake = fakeKeystone();
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const s = createSession({
      auth: { method: 'forced_token', token: 'forced-abc', endpoints: { compute: 'https://nova/v2.1/p' } },
      transport,
    });
    expect(await s.endpointFor({ type: 'compute' })).toBe('https://nova/v2.1/p');
    await s.send({ method: 'GET', url: 'https://nova/v2.1/p/servers' }, { attempt: 1 });
    expect(fake.logins).toHaveLength(0);
    expect(fake.calls[0]?.token).toBe('forced-abc');
    await expect(s.endpointFor({ type: 'image' })).rejects.toThrow(ConfigurationError);
    await expect(s.endpointFor({ type: 'image' })).rejects.toThrow(/ex_force_base_url/);
  });

  it('a 401 with a forced token is not retried', async () => {
    const fake = fakeKeystone();
    fake.refused.add('forced-abc');
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const s = createSession({ auth: { method: 'forced_token', token: 'forced-abc' }, transport });
    await expect(s.send({ method: 'GET', url: 'https://nova/x' }, { attempt: 1 })).rejects.toThrow('401');
    expect(fake.calls).toHaveLength(1);
  });

  it('the session never shows the password or the token when inspected', async () => {
    const fake = fakeKeystone();
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const s = createSession({ auth, transport });
    const info = await s.authenticate();
    expect(inspect(s, { depth: 6 })).not.toContain('token-1');
    expect(JSON.stringify(info)).not.toContain('token-1');
    expect(inspect(info, { depth: 6 })).not.toContain('token-1');
  });
});

describe('validation', () => {
  it('names the missing field', () => {
    const transport = { transport: { send: fakeKeystone().send, close: () => Promise.resolve() } };
    expect(() => createSession({ auth: { ...auth, password: '' }, transport })).toThrow(
      '`auth.password` is required',
    );
    expect(() => createSession({ auth: { ...auth, authUrl: 'keystone' }, transport })).toThrow(
      '`authUrl` is not a valid URL',
    );
    expect(() => createSession({ auth: { ...auth, user: { name: 'demo' } as never }, transport })).toThrow(
      '`auth.user.domain` is required with `auth.user.name`',
    );
    expect(() => createSession({ auth, transport, endpointOverrides: { compute: 'nova' } })).toThrow(
      '`endpointOverrides.compute` must be an absolute http(s) URL',
    );
  });
});

describe('explainEndpoint with an override', () => {
  it('reports the override instead of walking the catalog', async () => {
    const fake = fakeKeystone();
    const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
    const s = createSession({ auth, transport, endpointOverrides: { volumev3: 'https://cinder.local/v3' } });
    const result = await s.explainEndpoint({ type: 'block-storage' });
    expect(result).toMatchObject({ ok: true, endpoint: { url: 'https://cinder.local/v3' } });
    expect(result.steps.map((step) => step.step)).toEqual(['override']);
    expect(fake.logins).toHaveLength(0);
  });
});
