// Request budgets through the real transport (undici + status check + retry) with nock counting every call.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { freshTokenBody } from '../../helpers/keystone-token.ts';

const K = 'http://127.0.0.1:5000';
const project = freshTokenBody();
const open: OpenStackSession[] = [];

function session(): OpenStackSession {
  const s = createSession({
    auth: {
      method: '3.x_password',
      authUrl: `${K}/v3`,
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pw',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
    transport: { retry: false },
  });
  open.push(s);
  return s;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function login(token: string): nock.Scope {
  return nock(K)
    .post('/v3/auth/tokens')
    .reply(201, project, { 'X-Subject-Token': token, 'Content-Type': 'application/json' });
}

describe('request budget through the transport', () => {
  it('1,000 concurrent calls on a cold session → exactly 1 auth request', async () => {
    const auth = login('tok-1');
    const nova = nock('http://127.0.0.1:8774')
      .matchHeader('x-auth-token', 'tok-1')
      .get('/v2.1/flavors')
      .times(1000)
      .reply(200, { flavors: [] });
    const s = session();
    const compute = await s.endpointFor({ type: 'compute' });
    const all = await Promise.all(
      Array.from({ length: 1000 }, () =>
        s.send({ method: 'GET', url: `${compute}/flavors` }, { attempt: 1 }),
      ),
    );
    expect(all.every((r) => r.status === 200)).toBe(true);
    auth.done();
    nova.done();
  });

  it('compute + image + network + volume → 1 auth', async () => {
    const auth = login('tok-1');
    const services = [
      nock('http://127.0.0.1:8774').get('/v2.1/servers').reply(200, {}),
      nock('http://127.0.0.1:9292').get('/v2/images').reply(200, {}),
      nock('http://127.0.0.1:9696').get('/v2.0/networks').reply(200, {}),
      nock('http://127.0.0.1:8776')
        .get(/\/v3\/[0-9a-f]{32}\/volumes/)
        .reply(200, {}),
    ];
    const s = session();
    const paths = {
      compute: 'servers',
      image: 'v2/images',
      network: 'v2.0/networks',
      'block-storage': 'volumes',
    };
    await Promise.all(
      Object.entries(paths).map(async ([type, path]) =>
        s.send({ method: 'GET', url: `${await s.endpointFor({ type })}/${path}` }, { attempt: 1 }),
      ),
    );
    auth.done();
    for (const scope of services) scope.done();
  });

  it('one 401 → 1 re-auth + 1 retry with the new token', async () => {
    const auth = login('tok-1').post('/v3/auth/tokens').reply(201, project, {
      'X-Subject-Token': 'tok-2',
      'Content-Type': 'application/json',
    });
    const nova = nock('http://127.0.0.1:8774')
      .get('/v2.1/servers')
      .matchHeader('x-auth-token', 'tok-1')
      .reply(401, { error: { code: 401, message: 'The request you have made requires authentication.' } })
      .get('/v2.1/servers')
      .matchHeader('x-auth-token', 'tok-2')
      .reply(200, { servers: [] });
    const s = session();
    const response = await s.send(
      { method: 'GET', url: 'http://127.0.0.1:8774/v2.1/servers' },
      { attempt: 1 },
    );
    expect(response.body).toEqual({ servers: [] });
    auth.done();
    nova.done();
  });

  it('401 twice → AuthenticationError after exactly 2 auth requests', async () => {
    const auth = login('tok-1').post('/v3/auth/tokens').reply(201, project, {
      'X-Subject-Token': 'tok-2',
      'Content-Type': 'application/json',
    });
    const nova = nock('http://127.0.0.1:8774')
      .get('/v2.1/servers')
      .times(2)
      .reply(401, { error: { code: 401 } });
    const s = session();
    const error = await s
      .send({ method: 'GET', url: 'http://127.0.0.1:8774/v2.1/servers', service: 'Nova' }, { attempt: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).toContain('Nova refused a freshly issued token too (401 twice)');
    auth.done();
    nova.done();
  });
});
