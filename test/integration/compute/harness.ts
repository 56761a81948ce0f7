// Compute clients over the real transport (no auth, no retries) and a call recorder for request budgets.
import nock from 'nock';
import { afterEach } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import { type ComputeClient, fixedCompute } from '../../../src/drivers/openstack/compute/client.ts';
import { type Microversion, parseMicroversion } from '../../../src/drivers/openstack/microversion.ts';
import { createTransport, type Transport } from '../../../src/transport/index.ts';
import { freshTokenBody } from '../../helpers/keystone-token.ts';

export const NOVA = 'http://127.0.0.1:8774';
export const KEYSTONE = 'http://127.0.0.1:5000';

const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (let t = open.pop(); t !== undefined; t = open.pop()) await t.close();
});

/** @returns The microversion parsed from text (throws on a typo in a test). */
export function mv(text: string): Microversion {
  const parsed = parseMicroversion(text);
  if (!parsed) throw new Error(`bad microversion ${text}`);
  return parsed;
}

/**
 * @param version - The microversion the client sends.
 * @returns A compute client at that microversion over a fresh transport (closed after the test).
 */
export function compute(version = '2.93'): ComputeClient {
  const transport: Transport = createTransport({ retry: false });
  open.push(transport);
  return fixedCompute(`${NOVA}/v2.1`, transport.send, mv(version), mv('2.1'), mv('2.93'));
}

/** @returns A password session against the nock'ed Keystone (closed after the test). */
export function session(): OpenStackSession {
  const s = createSession({
    auth: {
      method: '3.x_password',
      authUrl: `${KEYSTONE}/v3`,
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pw',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
    transport: { retry: false },
  });
  open.push(s);
  return s;
}

/** Every request nock answered in this test, as `METHOD path` in order. */
export const calls: string[] = [];

afterEach(() => {
  calls.length = 0;
});

/**
 * Records every request a scope answers into {@link calls}, as `METHOD /path?query`.
 *
 * @param scope - A nock scope.
 * @returns The same scope.
 */
export function track(scope: nock.Scope): nock.Scope {
  scope.on('request', (req: unknown) => {
    const method: unknown = typeof req === 'object' && req !== null ? Reflect.get(req, 'method') : undefined;
    const url: unknown = typeof req === 'object' && req !== null ? Reflect.get(req, 'url') : undefined;
    if (typeof method === 'string' && typeof url === 'string') {
      const u = new URL(url);
      calls.push(`${method} ${u.host}${u.pathname}${u.search}`);
    }
  });
  return scope;
}

/**
 * @param token - The token Keystone hands out.
 * @returns The login interceptor.
 */
export function keystoneLogin(token = 'tok-1'): nock.Scope {
  return track(
    nock(KEYSTONE).post('/v3/auth/tokens').reply(201, JSON.stringify(freshTokenBody()), {
      'X-Subject-Token': token,
      'Content-Type': 'application/json',
    }),
  );
}

/** The version document of the local Nova (recorded). */
export const NOVA_VERSION = {
  version: {
    id: 'v2.1',
    status: 'CURRENT',
    version: '2.93',
    min_version: '2.1',
    updated: '2013-07-23T11:33:21Z',
    links: [{ rel: 'self', href: 'http://127.0.0.1:8774/v2.1/' }],
  },
};

/**
 * @param items - An async iterable.
 * @returns Its items.
 */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
