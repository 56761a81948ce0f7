import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeState } from '../../../src/compute/node-state.ts';
import { OpenStackV10NodeDriver } from '../../../src/drivers/openstack/v1-0/driver/index.ts';
import { AuthenticationError, NotFoundError, RateLimitError } from '../../../src/errors/index.ts';
import { v10FixtureText } from '../../unit/v1-0/fixtures.ts';
import { collect } from './harness.ts';

const AUTH = 'https://auth.example.com';
const SERVERS = 'https://servers.example.com';
const MGMT_PATH = '/v1.0/424242';
const API_KEY = 'fixture-api-key-0001';
const TOKEN_1 = 'tok-aaaa-1111';
const TOKEN_2 = 'tok-bbbb-2222';

let driver: OpenStackV10NodeDriver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

function v10Login(token: string): nock.Scope {
  return nock(AUTH, { reqheaders: { 'x-auth-user': 'demo', 'x-auth-key': API_KEY } })
    .get('/v1.0')
    .reply(204, '', {
      'X-Auth-Token': token,
      'X-Server-Management-Url': `${SERVERS}${MGMT_PATH}`,
      'X-Storage-Url': 'https://storage.example.com/v1/MossoCloudFS_424242',
      'X-CDN-Management-Url': 'https://cdn.example.com/v1/MossoCloudFS_424242',
    });
}

function detail(token: string, format: 'json' | 'xml' = 'json'): nock.Scope {
  return nock(SERVERS, { reqheaders: { 'x-auth-token': token } })
    .get(`${MGMT_PATH}/servers/detail`)
    .query({ limit: 1000 })
    .reply(200, v10FixtureText('servers/list-detail', format), {
      'Content-Type': format === 'xml' ? 'application/xml' : 'application/json',
    });
}

function makeDriver(method: '1.0' | '1.1', format: 'json' | 'xml' = 'json'): OpenStackV10NodeDriver {
  driver = new OpenStackV10NodeDriver({
    auth: { method, authUrl: AUTH, username: 'demo', apiKey: API_KEY },
    transport: { retry: false },
    compute: { format },
  });
  return driver;
}

describe('1.0 auth → 1.0 driver', () => {
  it('logs in with X-Auth-User/X-Auth-Key and lists nodes at X-Server-Management-Url with the token', async () => {
    const login = v10Login(TOKEN_1);
    const list = detail(TOKEN_1);
    const nodes = await collect(makeDriver('1.0').listNodes());
    expect(nodes.map((n) => [n.id, n.state, n.publicIps, n.privateIps])).toEqual([
      ['52415800', NodeState.RUNNING, ['198.51.100.21', '2001:db8::21'], ['10.176.40.21']],
      ['52415801', NodeState.PENDING, [], ['10.176.40.22']],
    ]);
    expect(login.isDone() && list.isDone()).toBe(true);
    expect(await driver?.session.catalog()).toMatchObject({
      endpoints: expect.arrayContaining([
        expect.objectContaining({
          type: 'object-store',
          url: 'https://storage.example.com/v1/MossoCloudFS_424242',
        }),
      ]) as unknown,
    });
  });

  it('speaks XML when asked, one login for several calls', async () => {
    const login = v10Login(TOKEN_1);
    const list = detail(TOKEN_1, 'xml');
    const get = nock(SERVERS, { reqheaders: { 'x-auth-token': TOKEN_1, accept: 'application/xml' } })
      .get(`${MGMT_PATH}/servers/52415899`)
      .reply(404, v10FixtureText('faults/item-not-found', 'xml'), { 'Content-Type': 'application/xml' });
    const d = makeDriver('1.0', 'xml');
    expect(await collect(d.listNodes())).toHaveLength(2);
    expect(await d.getNode('52415899')).toBeUndefined();
    expect(login.isDone() && list.isDone() && get.isDone()).toBe(true);
  });

  it('logs in again once on a 401 and retries the call with the new token', async () => {
    const logins = [v10Login(TOKEN_1), v10Login(TOKEN_2)];
    const expired = nock(SERVERS, { reqheaders: { 'x-auth-token': TOKEN_1 } })
      .get(`${MGMT_PATH}/servers/detail`)
      .query(true)
      .reply(401, v10FixtureText('faults/unauthorized', 'xml'), { 'Content-Type': 'application/xml' });
    const retried = detail(TOKEN_2);
    expect(await collect(makeDriver('1.0').listNodes())).toHaveLength(2);
    expect(logins.every((s) => s.isDone()) && expired.isDone() && retried.isDone()).toBe(true);
  });

  it('surfaces overLimit on a create as RateLimitError with the wait, sending the POST once', async () => {
    const login = v10Login(TOKEN_1);
    const create = nock(SERVERS)
      .post(`${MGMT_PATH}/servers`)
      .reply(413, v10FixtureText('faults/over-limit', 'xml'), { 'Content-Type': 'application/xml' });
    const d = new OpenStackV10NodeDriver({
      auth: { method: '1.0', authUrl: AUTH, username: 'demo', apiKey: API_KEY },
      compute: { format: 'xml' },
    });
    driver = d;
    const error = await d.createNode({ name: 'app-01', size: '1', image: '8' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: 413,
      fault: 'Too many requests (Only 10 POST requests per MINUTE are allowed)',
    });
    expect(login.isDone() && create.isDone()).toBe(true);
  });

  it('gives an AuthenticationError without the key when the login is refused', async () => {
    const login = nock(AUTH).get('/v1.0').reply(401, 'Bad username or password');
    const error = await collect(makeDriver('1.0').listNodes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).not.toContain(API_KEY);
    expect(login.isDone()).toBe(true);
  });
});

describe('1.1 auth → 1.0 driver', () => {
  it('logs in with POST /v1.1/auth and finds the 1.0 endpoint under cloudServers', async () => {
    const login = nock(AUTH)
      .post('/v1.1/auth', { credentials: { username: 'demo', key: API_KEY } })
      .reply(200, {
        auth: {
          token: { id: TOKEN_1, expires: '2031-01-01T00:00:00.000-06:00' },
          serviceCatalog: {
            cloudServers: [{ publicURL: `${SERVERS}${MGMT_PATH}`, v1Default: true }],
            cloudFiles: [{ region: 'ORD', publicURL: 'https://storage.example.com/v1/MossoCloudFS_424242' }],
          },
        },
      });
    const sizes = nock(SERVERS, { reqheaders: { 'x-auth-token': TOKEN_1 } })
      .get(`${MGMT_PATH}/flavors/detail`)
      .query({ limit: 1000 })
      .reply(200, v10FixtureText('flavors/list-detail', 'json'), { 'Content-Type': 'application/json' });
    const found = await collect(makeDriver('1.1').listSizes());
    expect(found.map((s) => [s.id, s.ramMiB, s.diskGb])).toEqual([
      ['1', 256, 10],
      ['2', 512, 20],
      ['4', 2048, 80],
    ]);
    expect(login.isDone() && sizes.isDone()).toBe(true);
  });

  it('maps a 404 from a portable getImage to undefined and from the extension to NotFoundError', async () => {
    const login = nock(AUTH)
      .post('/v1.1/auth')
      .reply(200, {
        auth: {
          token: { id: TOKEN_1 },
          serviceCatalog: { cloudServers: [{ publicURL: `${SERVERS}${MGMT_PATH}` }] },
        },
      });
    const missing = nock(SERVERS)
      .get(`${MGMT_PATH}/images/77`)
      .twice()
      .reply(404, v10FixtureText('faults/item-not-found', 'json'), { 'Content-Type': 'application/json' });
    const d = makeDriver('1.1');
    expect(await d.getImage('77')).toBeUndefined();
    await expect(d.ext.compute.getImage('77')).rejects.toBeInstanceOf(NotFoundError);
    expect(login.isDone() && missing.isDone()).toBe(true);
  });
});
