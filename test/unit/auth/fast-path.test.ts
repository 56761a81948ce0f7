import { LRUCache } from 'lru-cache';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, type SessionOptions } from '../../../src/auth/session.ts';
import { strategyFor } from '../../../src/auth/strategy-for.ts';
import { TokenCache } from '../../../src/auth/token-cache.ts';
import type { HttpRequest, Send } from '../../../src/transport/types.ts';
import { type FakeKeystone, fakeKeystone } from './helpers/fake-keystone.ts';

const auth = {
  method: '3.x_password',
  authUrl: 'http://127.0.0.1:5000/v3',
  user: { name: 'demo', domain: { name: 'Default' } },
  password: 'pw',
  scope: { project: { name: 'demo', domain: { name: 'Default' } } },
} as const;

function session(fake: FakeKeystone, tokenCache: TokenCache, extra: Partial<SessionOptions> = {}) {
  const transport = { transport: { send: fake.send, close: () => Promise.resolve() } };
  return createSession({ auth, transport, tokenCache, ...extra });
}

const get = (url: string) => ({ method: 'GET', url }) as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('auth fast path', () => {
  it('a valid cached token is used without the async lookup: no TokenCache.get, no lru-cache fetch, no login', async () => {
    const fake = fakeKeystone();
    const cache = new TokenCache();
    const s = session(fake, cache);
    const lookups = vi.spyOn(cache, 'get');
    const fetches = vi.spyOn(LRUCache.prototype, 'fetch');
    await s.send(get('http://nova/warm'), { attempt: 1 });
    expect([lookups.mock.calls.length, fetches.mock.calls.length, fake.logins.length]).toEqual([1, 1, 1]);
    for (let i = 0; i < 500; i++) await s.send(get(`http://nova/${i}`), { attempt: 1 });
    await Promise.all(
      Array.from({ length: 500 }, (_, i) => s.send(get(`http://nova/c${i}`), { attempt: 1 })),
    );
    expect([lookups.mock.calls.length, fetches.mock.calls.length, fake.logins.length]).toEqual([1, 1, 1]);
    expect(new Set(fake.calls.map((c) => c.token))).toEqual(new Set(['token-1']));
    expect(fake.calls).toHaveLength(1001);
  });

  it('a token that enters the expiry margin takes the refresh path: one login, then the fast path again', async () => {
    const fake = fakeKeystone();
    fake.lifetimeMs = 120_000 + 300; // outside the 120 s margin for 300 ms
    const cache = new TokenCache({ expirySkewMs: 120_000 });
    const s = session(fake, cache);
    const lookups = vi.spyOn(cache, 'get');
    await s.send(get('http://nova/a'), { attempt: 1 });
    await s.send(get('http://nova/b'), { attempt: 1 });
    expect(lookups).toHaveBeenCalledTimes(1);
    fake.lifetimeMs = 3_600_000;
    await sleep(350);
    // Many callers at once while the refresh is in flight: none is served the old token, one login.
    await Promise.all(Array.from({ length: 20 }, () => s.send(get('http://nova/c'), { attempt: 1 })));
    expect(fake.logins).toHaveLength(2);
    expect(lookups.mock.calls.length).toBeGreaterThanOrEqual(2);
    const settled = lookups.mock.calls.length;
    await s.send(get('http://nova/d'), { attempt: 1 });
    expect(lookups).toHaveBeenCalledTimes(settled);
    expect(fake.calls.map((c) => c.token)).toEqual([
      'token-1',
      'token-1',
      ...Array<string>(21).fill('token-2'),
    ]);
  });

  it('a token already inside the margin is never taken by the fast path', async () => {
    const fake = fakeKeystone();
    fake.lifetimeMs = 60_000; // inside the default 120 s margin from the start
    const cache = new TokenCache();
    const s = session(fake, cache);
    await s.send(get('http://nova/a'), { attempt: 1 });
    const lookups = vi.spyOn(cache, 'get');
    expect(cache.validToken(strategyFor(auth).cacheKey)).toBeUndefined();
    await s.send(get('http://nova/b'), { attempt: 1 });
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('a token without expiry is valid for noExpiryTtlMs, then looked up again', async () => {
    const strategy = strategyFor({ method: 'forced_token', token: 'forced-abc' });
    const cache = new TokenCache({ noExpiryTtlMs: 100 });
    const send: Send = () => Promise.reject(new Error('no network'));
    expect(cache.validToken(strategy.cacheKey)).toBeUndefined();
    await cache.get(strategy, send);
    expect(cache.validToken(strategy.cacheKey)?.token).toBe('forced-abc');
    await sleep(150);
    expect(cache.validToken(strategy.cacheKey)).toBeUndefined();
  });

  it('after a 401 the fast path serves the new token, not the refused one', async () => {
    const fake = fakeKeystone();
    const cache = new TokenCache();
    const s = session(fake, cache);
    await s.authenticate();
    fake.refused.add('token-1');
    await s.send(get('http://nova/a'), { attempt: 1 });
    expect(cache.validToken(strategyFor(auth).cacheKey)?.token).toBe('token-2');
    await s.send(get('http://nova/b'), { attempt: 1 });
    expect(fake.calls.map((c) => c.token)).toEqual(['token-1', 'token-2', 'token-2']);
    expect(fake.logins).toHaveLength(2);
  });

  it('adds the token to shared (frozen) and per-call header maps alike, without changing either', async () => {
    const sent: HttpRequest[] = [];
    const fake = fakeKeystone();
    const send: Send = (request, context) => {
      sent.push(request);
      return fake.send(request, context);
    };
    const transport = { transport: { send, close: () => Promise.resolve() } };
    const s = createSession({ auth, transport });
    const shared = Object.freeze({ 'OpenStack-API-Version': 'compute 2.93' });
    const own: Record<string, string> = { 'X-Trace': '1' };
    await s.send({ ...get('http://nova/a'), headers: shared }, { attempt: 1 });
    await s.send({ ...get('http://nova/b'), headers: shared }, { attempt: 1 });
    await s.send({ ...get('http://nova/c'), headers: own }, { attempt: 1 });
    own['X-Trace'] = '2';
    await s.send({ ...get('http://nova/d'), headers: own }, { attempt: 1 });
    await s.send(get('http://nova/e'), { attempt: 1 });
    const calls = sent.filter((r) => !r.url.endsWith('/auth/tokens')).map((r) => r.headers);
    expect(calls).toEqual([
      { 'OpenStack-API-Version': 'compute 2.93', 'X-Auth-Token': 'token-1' },
      { 'OpenStack-API-Version': 'compute 2.93', 'X-Auth-Token': 'token-1' },
      { 'X-Trace': '1', 'X-Auth-Token': 'token-1' },
      { 'X-Trace': '2', 'X-Auth-Token': 'token-1' },
      { 'X-Auth-Token': 'token-1' },
    ]);
    expect(shared).toEqual({ 'OpenStack-API-Version': 'compute 2.93' });
  });
});
