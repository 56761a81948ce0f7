import { describe, expect, it } from 'vitest';
import { createSession, type SessionOptions } from '../../../src/auth/session.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { type FakeKeystone, fakeKeystone } from './helpers/fake-keystone.ts';

function session(fake: FakeKeystone, extra: Partial<SessionOptions> = {}) {
  return createSession({
    auth: {
      method: '3.x_password',
      authUrl: 'http://127.0.0.1:5000/v3',
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pw',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
    transport: { transport: { send: fake.send, close: () => Promise.resolve() } },
    ...extra,
  });
}

const get = (url: string) => ({ method: 'GET', url }) as const;

describe('request budget', () => {
  it('1,000 concurrent calls on a cold session → exactly 1 auth request', async () => {
    const fake = fakeKeystone();
    fake.loginDelayMs = 30;
    const s = session(fake);
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => s.send(get(`http://nova/v2.1/servers/${i}`), { attempt: 1 })),
    );
    expect(responses).toHaveLength(1000);
    expect(fake.logins).toHaveLength(1);
    expect(new Set(fake.calls.map((c) => c.token))).toEqual(new Set(['token-1']));
  });

  it('compute + image + network + volume in one session → 1 auth', async () => {
    const fake = fakeKeystone();
    const s = session(fake);
    const urls = await Promise.all(
      ['compute', 'image', 'network', 'block-storage'].map((type) => s.endpointFor({ type })),
    );
    for (const url of urls) await s.send(get(`${url}/x`), { attempt: 1 });
    expect(urls).toEqual([
      'http://127.0.0.1:8774/v2.1',
      'http://127.0.0.1:9292',
      'http://127.0.0.1:9696',
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:8776\/v3\/[0-9a-f]{32}$/),
    ]);
    expect(fake.logins).toHaveLength(1);
    expect(fake.calls).toHaveLength(4);
  });

  it('a token inside the expiry margin → exactly 1 refresh', async () => {
    const fake = fakeKeystone();
    fake.lifetimeMs = 60_000; // expires in 60 s, inside the default 120 s margin
    const s = session(fake);
    await s.send(get('http://nova/a'), { attempt: 1 });
    fake.lifetimeMs = 3_600_000;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await s.send(get('http://nova/b'), { attempt: 1 });
    await s.send(get('http://nova/c'), { attempt: 1 });
    expect(fake.logins).toHaveLength(2);
    expect(fake.calls.map((c) => c.token)).toEqual(['token-1', 'token-2', 'token-2']);
  });

  it('a token outside the margin is reused', async () => {
    const fake = fakeKeystone();
    fake.lifetimeMs = 10 * 60_000;
    const s = session(fake, { tokenCache: { expirySkewMs: 120_000 } });
    for (const path of ['a', 'b', 'c']) await s.send(get(`http://nova/${path}`), { attempt: 1 });
    expect(fake.logins).toHaveLength(1);
  });

  it('one 401 → 1 re-auth + 1 retry', async () => {
    const fake = fakeKeystone();
    const s = session(fake);
    await s.authenticate();
    fake.refused.add('token-1');
    const response = await s.send(get('http://nova/servers'), { attempt: 1 });
    expect(response.status).toBe(200);
    expect(fake.logins).toHaveLength(2);
    expect(fake.calls.map((c) => [c.token, c.note])).toEqual([
      ['token-1', undefined],
      ['token-2', 'retry after 401'],
    ]);
  });

  it('401 twice → AuthenticationError after exactly 2 auth requests', async () => {
    const fake = fakeKeystone();
    const s = session(fake);
    fake.refused.add('token-1').add('token-2');
    const error = await s.send(get('http://nova/servers'), { attempt: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).toContain('refused a freshly issued token too');
    expect(fake.logins).toHaveLength(2);
    expect(fake.calls).toHaveLength(2);
  });

  it('concurrent 401s on the same token → still 1 re-auth', async () => {
    const fake = fakeKeystone();
    const s = session(fake);
    await s.authenticate();
    fake.refused.add('token-1');
    await Promise.all(Array.from({ length: 20 }, () => s.send(get('http://nova/x'), { attempt: 1 })));
    expect(fake.logins).toHaveLength(2);
  });

  it('a streamed body is not replayed after a 401', async () => {
    const fake = fakeKeystone();
    const s = session(fake);
    await s.authenticate();
    fake.refused.add('token-1');
    async function* chunks() {
      yield new Uint8Array([1]);
    }
    const request = { method: 'PUT', url: 'http://glance/file', body: chunks() } as const;
    await expect(s.send(request, { attempt: 1 })).rejects.toBeInstanceOf(AuthenticationError);
    expect(fake.calls).toHaveLength(1);
  });

  it('sessions sharing a TokenCache share the token', async () => {
    const { TokenCache } = await import('../../../src/auth/token-cache.ts');
    const fake = fakeKeystone();
    const tokenCache = new TokenCache();
    await session(fake, { tokenCache }).authenticate();
    await session(fake, { tokenCache }).authenticate();
    expect(fake.logins).toHaveLength(1);
  });
});
