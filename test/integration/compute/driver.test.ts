import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { Capability, NodeState, supports } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { freshTokenBody } from '../../helpers/keystone-token.ts';
import { calls, collect, keystoneLogin, NOVA, NOVA_VERSION, session, track } from './harness.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const ID = 'ff20ba4e-40c2-4085-a705-fa5eb4415f99';
const LOGIN = 'POST 127.0.0.1:5000/v3/auth/tokens';
const VERSION_DOC = 'GET 127.0.0.1:8774/v2.1';

function server(status: string): object {
  const fixture = loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> };
  return { server: { ...fixture.server, status } };
}

function driver(microversion?: string): OpenStackNodeDriver {
  return new OpenStackNodeDriver({ session: session(), compute: { microversion } });
}

function nova(): nock.Scope {
  return track(nock(NOVA));
}

describe('OpenStackNodeDriver request budgets', () => {
  it('cold listNodes = 1 auth + 1 version document + 1 GET; the second list is 1 GET', async () => {
    const auth = track(nock('http://127.0.0.1:5000', { badheaders: ['openstack-api-version'] }))
      .post('/v3/auth/tokens')
      .reply(201, JSON.stringify(freshTokenBody()), {
        'X-Subject-Token': 'tok-1',
        ...JSON_TYPE,
      });
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get('/v2.1/servers/detail')
      .twice()
      .matchHeader('x-auth-token', 'tok-1')
      .matchHeader('openstack-api-version', 'compute 2.93')
      .reply(200, loadFixture('compute/servers/list') as nock.Body, JSON_TYPE);
    const d = driver();
    const nodes = await collect(d.listNodes());
    expect(nodes.map((n) => n.state)).toEqual([NodeState.RUNNING, NodeState.RUNNING]);
    expect(nodes[1]?.privateIps).toEqual(['10.77.0.125']);
    expect(calls).toEqual([LOGIN, VERSION_DOC, 'GET 127.0.0.1:8774/v2.1/servers/detail']);
    await collect(d.listNodes());
    expect(calls).toHaveLength(4);
    auth.done();
    scope.done();
  });

  it('createNode = 1 POST + 1 GET (hydrate), or 1 POST without hydration', async () => {
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .post('/v2.1/servers')
      .twice()
      .reply(202, { server: { id: ID, adminPass: 'x' } }, JSON_TYPE)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, server('BUILD'), JSON_TYPE);
    const d = driver();
    const options = { name: 'n', size: { id: 'f1' }, image: 'i1', location: 'nova', keyName: 'k' };
    const node = await d.createNode(options);
    expect(node.state).toBe(NodeState.PENDING);
    expect(node.extra.keyName).toBe('stratus-test-compute-rec16994-kp');
    expect(calls.slice(2)).toEqual([
      'POST 127.0.0.1:8774/v2.1/servers',
      `GET 127.0.0.1:8774/v2.1/servers/${ID}`,
    ]);
    const bare = await d.createNode({ ...options, hydrate: false });
    expect(bare).toMatchObject({ id: ID, name: 'n', state: NodeState.PENDING });
    expect(calls.slice(4)).toEqual(['POST 127.0.0.1:8774/v2.1/servers']);
    auth.done();
    scope.done();
  });

  it('waitUntilRunning polls GET of that one server only', async () => {
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get(`/v2.1/servers/${ID}`)
      .twice()
      .reply(200, server('BUILD'), JSON_TYPE)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, server('ACTIVE'), JSON_TYPE);
    const [node] = await driver().waitUntilRunning(ID, { intervalMs: 1 });
    expect(node?.state).toBe(NodeState.RUNNING);
    expect(calls.slice(2)).toEqual(Array(3).fill(`GET 127.0.0.1:8774/v2.1/servers/${ID}`));
    auth.done();
    scope.done();
  });

  it('a wait on a server that goes to ERROR fails with Nova’s fault message', async () => {
    const auth = keystoneLogin();
    const failed = {
      server: {
        ...(server('ERROR') as { server: object }).server,
        fault: { code: 500, message: 'No valid host was found. ' },
      },
    };
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, failed, JSON_TYPE);
    await expect(driver().waitUntilRunning(ID, { intervalMs: 1 })).rejects.toThrow(/No valid host was found/);
    auth.done();
    scope.done();
  });

  it('getNode returns undefined for a missing server', async () => {
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get('/v2.1/servers/nope')
      .reply(404, loadFixture('compute/servers/get.not-found') as nock.Body, JSON_TYPE);
    await expect(driver().getNode('nope')).resolves.toBeUndefined();
    auth.done();
    scope.done();
  });
});

describe('OpenStackNodeDriver microversions', () => {
  it('a failed version discovery is not cached: the next call discovers again', async () => {
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(503, { message: 'down' }, JSON_TYPE)
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get('/v2.1/servers/x')
      .reply(200, server('ACTIVE'), JSON_TYPE);
    const d = driver();
    await expect(d.getNode('x')).rejects.toMatchObject({ status: 503 });
    expect((await d.getNode('x'))?.state).toBe(NodeState.RUNNING);
    auth.done();
    scope.done();
  });

  it('negotiates down to an older cloud and honours a pinned version', async () => {
    const old = { version: { ...NOVA_VERSION.version, version: '2.40' } };
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, old, JSON_TYPE)
      .get('/v2.1/flavors/detail')
      .matchHeader('openstack-api-version', 'compute 2.40')
      .reply(200, loadFixture('compute/flavors/list.mv2-1') as nock.Body, JSON_TYPE);
    const sizes = await collect(driver().listSizes());
    expect(sizes.length).toBeGreaterThan(0);
    expect(typeof sizes[0]?.ramMiB).toBe('number');
    expect(typeof sizes[0]?.vcpus).toBe('number');
    auth.done();
    scope.done();
  });

  it('a pinned version outside the server range fails before any compute call', async () => {
    const auth = keystoneLogin();
    const scope = nova().get('/v2.1').reply(200, NOVA_VERSION, JSON_TYPE);
    await expect(collect(driver('2.99').listNodes())).rejects.toThrow(/outside/);
    auth.done();
    scope.done();
  });

  it('generates key pairs at 2.91 (Nova removed generation in 2.92) and imports at the negotiated version', async () => {
    const keypair = (loadFixture('compute/keypairs/get') as { keypair: object }).keypair;
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .post('/v2.1/os-keypairs', { keypair: { name: 'gen' } })
      .matchHeader('openstack-api-version', 'compute 2.91')
      .reply(201, { keypair: { ...keypair, name: 'gen', private_key: 'PRIVATE-MATERIAL' } }, JSON_TYPE)
      .post('/v2.1/os-keypairs')
      .matchHeader('openstack-api-version', 'compute 2.93')
      .reply(201, { keypair }, JSON_TYPE);
    const d = driver();
    const generated = await d.createKeyPair('gen');
    expect(generated.privateKey).toBe('PRIVATE-MATERIAL');
    expect(JSON.stringify(generated)).not.toContain('PRIVATE-MATERIAL');
    const imported = await d.importKeyPairFromString(
      'rec',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x',
    );
    expect(imported.fingerprint).toBe('65:96:2d:fc:e8:d5:a9:11:64:0c:0f:ea:00:6e:5b:bd');
    auth.done();
    scope.done();
  });
});

describe('OpenStackNodeDriver capabilities and locations', () => {
  it('declares power, key pairs and node images; zones are real locations', async () => {
    const auth = keystoneLogin();
    const scope = nova()
      .get('/v2.1')
      .reply(200, NOVA_VERSION, JSON_TYPE)
      .get('/v2.1/os-availability-zone')
      .reply(
        200,
        {
          availabilityZoneInfo: [
            { zoneName: 'nova', zoneState: { available: true }, hosts: null },
            { zoneName: 'down', zoneState: { available: false }, hosts: null },
          ],
        },
        JSON_TYPE,
      );
    const d = driver();
    expect(supports(d, Capability.POWER)).toBe(true);
    expect(supports(d, Capability.KEY_PAIRS)).toBe(true);
    expect(supports(d, Capability.NODE_IMAGES)).toBe(true);
    const locations = await collect(d.listLocations());
    expect(locations.map((l) => l.id)).toEqual(['nova']);
    auth.done();
    scope.done();
  });
});
