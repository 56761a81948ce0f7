// createNode after a lost answer (issue 14, defect 1): the caller learns the outcome is unknown and which name
// to check; with `reconcile`, a retried create adopts the server instead of making a second one.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { OutcomeUnknownError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { calls, KEYSTONE, keystoneLogin, NOVA, NOVA_VERSION, session, track } from './harness.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const ID = 'ff20ba4e-40c2-4085-a705-fa5eb4415f99';
const OPTIONS = { name: 'web-1', size: { id: 'f1' }, image: 'i1' };

function server(name: string, metadata: Record<string, string> = {}): object {
  const fixture = loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> };
  return { ...fixture.server, id: ID, name, metadata, status: 'BUILD' };
}

function nova(): nock.Scope {
  keystoneLogin();
  return track(nock(NOVA)).get('/v2.1').reply(200, NOVA_VERSION, JSON_TYPE);
}

function driver(): OpenStackNodeDriver {
  return new OpenStackNodeDriver({ session: session(), compute: {} });
}

let fake: LocalServer | undefined;
const sessions: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((open) => open.close()));
  await fake?.close();
  fake = undefined;
});

/** A Nova on a real socket whose POST /servers acts (records a server) and then resets the connection. */
async function lossyNova(existing: object[]): Promise<{ driver: OpenStackNodeDriver; posts: () => number }> {
  const made = [...existing];
  let posts = 0;
  fake = await startLocalServer((request, response) => {
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, JSON_TYPE).end(JSON.stringify(body));
    };
    if (request.method === 'GET' && request.url === '/v2.1') send(200, NOVA_VERSION);
    else if (request.method === 'GET' && request.url.startsWith('/v2.1/servers/detail'))
      send(200, { servers: made });
    else if (request.method === 'POST' && request.url === '/v2.1/servers') {
      posts++;
      made.push(server('web-1'));
      response.socket?.destroy();
    } else send(404, {});
  });
  keystoneLogin();
  const s = createSession({
    auth: {
      method: '3.x_password',
      authUrl: `${KEYSTONE}/v3`,
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pw',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    },
    endpointOverrides: { compute: `${fake.url}/v2.1` },
    transport: { retry: false, debug: false },
  });
  sessions.push(s);
  return { driver: new OpenStackNodeDriver({ session: s, compute: {} }), posts: () => posts };
}

describe('createNode with a lost answer', () => {
  it('without reconcile: OutcomeUnknownError naming the server to look for, no second POST', async () => {
    const nova = await lossyNova([]);
    const error = await nova.driver.createNode(OPTIONS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({ sent: true, service: 'Nova' });
    expect((error as OutcomeUnknownError).check).toContain('"web-1"');
    expect((error as Error).message).toContain('look for a server named "web-1"');
    expect(nova.posts()).toBe(1);
  });

  it('with reconcile: an existing server of that name is adopted, nothing is created', async () => {
    nova()
      .get('/v2.1/servers/detail')
      .query({ name: '^web-1$' })
      .reply(200, { servers: [server('web-1'), server('web-10')] }, JSON_TYPE);
    const node = await driver().createNode({ ...OPTIONS, reconcile: true });
    expect(node).toMatchObject({ id: ID, name: 'web-1' });
    expect(calls.some((call) => call.startsWith('POST 127.0.0.1:8774'))).toBe(false);
  });

  it('with reconcile: a create whose answer was lost returns the server it made; a retry adopts it', async () => {
    const nova = await lossyNova([]);
    const node = await nova.driver.createNode({ ...OPTIONS, reconcile: true });
    expect(node).toMatchObject({ id: ID, name: 'web-1' });
    const again = await nova.driver.createNode({ ...OPTIONS, reconcile: true });
    expect(again.id).toBe(ID);
    expect(nova.posts()).toBe(1);
  });

  it('with an ownership mark: a same-named server without the mark is not adopted', async () => {
    nova()
      .get('/v2.1/servers/detail')
      .query(true)
      .reply(200, { servers: [server('web-1', { owner: 'someone-else' })] }, JSON_TYPE)
      .post('/v2.1/servers')
      .reply(202, { server: { id: ID } }, JSON_TYPE)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, { server: server('web-1', { owner: 'me' }) }, JSON_TYPE);
    const node = await driver().createNode({
      ...OPTIONS,
      metadata: { owner: 'me' },
      reconcile: { metadata: { owner: 'me' } },
    });
    expect(node.extra.metadata).toEqual({ owner: 'me' });
  });
});
