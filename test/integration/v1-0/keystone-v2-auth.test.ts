// The Keystone v2.0 logins (Rackspace API key and password) feeding the 1.1 driver, and a Rackspace-style v2.0
// catalog that lists the 1.0 API (cloudServers) beside the v2 API (cloudServersOpenStack) feeding both drivers.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeState } from '../../../src/compute/node-state.ts';
import { OpenStackV10NodeDriver } from '../../../src/drivers/openstack/v1-0/driver/index.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { AuthenticationError } from '../../../src/errors/index.ts';
import { v10FixtureText } from '../../unit/v1-0/fixtures.ts';
import { collect } from './harness.ts';

const KEYSTONE = 'https://identity.example.com';
const NOVA = 'https://ord.servers.example.com';
const NOVA_BASE = '/v2.1/0123456789abcdef0123456789abcdef';
const LEGACY = 'https://servers.example.com';
const LEGACY_BASE = '/v1.0/424242';
const TOKEN = 'v2-token-0001';
const API_KEY = 'fixture-api-key-0002';
const PASSWORD = 'fixture-password-0003';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers) await close();
  closers = [];
});

function access(): unknown {
  return {
    access: {
      token: { id: TOKEN, expires: '2031-01-01T00:00:00Z', tenant: { id: '424242', name: 'demo' } },
      user: { id: 'u-1', name: 'demo', roles: [{ name: 'compute:default' }] },
      serviceCatalog: [
        {
          type: 'compute',
          name: 'cloudServersOpenStack',
          endpoints: [{ region: 'ORD', publicURL: `${NOVA}${NOVA_BASE}`, tenantId: '424242' }],
        },
        {
          type: 'compute',
          name: 'cloudServers',
          endpoints: [{ publicURL: `${LEGACY}${LEGACY_BASE}`, tenantId: '424242' }],
        },
      ],
    },
  };
}

function novaServers(): nock.Scope {
  nock(NOVA)
    .get('/v2.1')
    .reply(200, {
      version: { id: 'v2.1', status: 'CURRENT', version: '2.96', min_version: '2.1', links: [] },
    });
  return nock(NOVA, { reqheaders: { 'x-auth-token': TOKEN } })
    .get(`${NOVA_BASE}/servers/detail`)
    .query(true)
    .reply(200, {
      servers: [
        {
          id: '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0001',
          name: 'web-01',
          status: 'ACTIVE',
          addresses: { public: [{ addr: '198.51.100.21', version: 4 }] },
          metadata: {},
        },
      ],
    });
}

describe('2.0_apikey → 1.1 driver', () => {
  it('logs in with RAX-KSKEY:apiKeyCredentials and lists nodes at the v2 endpoint picked by name and region', async () => {
    const login = nock(KEYSTONE)
      .post('/v2.0/tokens', {
        auth: { 'RAX-KSKEY:apiKeyCredentials': { username: 'demo', apiKey: API_KEY }, tenantName: 'demo' },
      })
      .reply(200, access());
    const list = novaServers();
    const driver = new OpenStackNodeDriver({
      auth: {
        method: '2.0_apikey',
        authUrl: `${KEYSTONE}/v2.0`,
        username: 'demo',
        apiKey: API_KEY,
        tenant: { name: 'demo' },
      },
      region: 'ORD',
      compute: { serviceName: 'cloudServersOpenStack' },
      transport: { retry: false },
    });
    closers.push(() => driver.close());
    const nodes = await collect(driver.listNodes());
    expect(nodes.map((n) => [n.name, n.state, n.publicIps])).toEqual([
      ['web-01', NodeState.RUNNING, ['198.51.100.21']],
    ]);
    expect(login.isDone() && list.isDone()).toBe(true);
  });
});

describe('2.0_password → 1.1 driver', () => {
  it('logs in with passwordCredentials and a tenant id, then lists nodes with the token', async () => {
    const login = nock(KEYSTONE)
      .post('/v2.0/tokens', {
        auth: { passwordCredentials: { username: 'demo', password: PASSWORD }, tenantId: '424242' },
      })
      .reply(200, access());
    const list = novaServers();
    const driver = new OpenStackNodeDriver({
      auth: {
        method: '2.0_password',
        authUrl: KEYSTONE,
        username: 'demo',
        password: PASSWORD,
        tenant: { id: '424242' },
      },
      region: 'ORD',
      compute: { serviceName: 'cloudServersOpenStack' },
      transport: { retry: false },
    });
    closers.push(() => driver.close());
    expect(await collect(driver.listNodes())).toHaveLength(1);
    expect(login.isDone() && list.isDone()).toBe(true);
  });

  it('reports a refused password as AuthenticationError that does not contain it', async () => {
    const login = nock(KEYSTONE)
      .post('/v2.0/tokens')
      .reply(401, { unauthorized: { code: 401, message: `Invalid user / password (${PASSWORD})` } });
    const driver = new OpenStackNodeDriver({
      auth: { method: '2.0_password', authUrl: KEYSTONE, username: 'demo', password: PASSWORD },
      transport: { retry: false },
    });
    closers.push(() => driver.close());
    const error = await collect(driver.listNodes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).not.toContain(PASSWORD);
    expect(login.isDone()).toBe(true);
  });
});

describe('2.0_apikey → 1.0 driver', () => {
  it('finds the 1.0 API under cloudServers in the same catalog', async () => {
    const login = nock(KEYSTONE).post('/v2.0/tokens').reply(200, access());
    const list = nock(LEGACY, { reqheaders: { 'x-auth-token': TOKEN } })
      .get(`${LEGACY_BASE}/servers/detail`)
      .query({ limit: 1000 })
      .reply(200, v10FixtureText('servers/list-detail', 'json'), { 'Content-Type': 'application/json' });
    const driver = new OpenStackV10NodeDriver({
      auth: { method: '2.0_apikey', authUrl: KEYSTONE, username: 'demo', apiKey: API_KEY },
      compute: { serviceName: 'cloudServers' },
      transport: { retry: false },
    });
    closers.push(() => driver.close());
    expect((await collect(driver.listNodes())).map((n) => n.id)).toEqual(['52415800', '52415801']);
    expect(login.isDone() && list.isDone()).toBe(true);
  });
});
