import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  createServer,
  findServer,
  getServer,
  listServers,
  updateServer,
} from '../../../src/drivers/openstack/compute/servers/operations.ts';
import { ConfigurationError, NotFoundError, NotSupportedError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { calls, collect, compute, NOVA, track } from './harness.ts';

const ID = 'ff20ba4e-40c2-4085-a705-fa5eb4415f99';
const JSON_TYPE = { 'Content-Type': 'application/json' };

function page(ids: string[], next?: string): object {
  const fixture = loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> };
  const servers = ids.map((id) => ({ ...fixture.server, id, name: `s-${id}` }));
  return next === undefined ? { servers } : { servers, servers_links: [{ rel: 'next', href: next }] };
}

describe('listServers', () => {
  it('parses a real detailed list and sends the negotiated microversion', async () => {
    const scope = nock(NOVA)
      .matchHeader('openstack-api-version', 'compute 2.93')
      .matchHeader('x-openstack-nova-api-version', '2.93')
      .get('/v2.1/servers/detail')
      .reply(200, loadFixture('compute/servers/list') as nock.Body, JSON_TYPE);
    const servers = await collect(listServers(compute()));
    expect(servers.map((s) => s.name)).toEqual([
      'stratus-test-compute-rec16994-bfv',
      'stratus-test-compute-rec16994-srv',
    ]);
    expect(servers[0]?.imageId).toBeUndefined();
    expect(servers[1]?.flavor?.originalName).toBe('stratus-test-compute-rec16994-flavor');
    scope.done();
  });

  it('sends every filter to Nova', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/servers/detail')
      .query({
        name: '^web',
        status: 'ACTIVE',
        ip: '10\\.0\\.',
        tags: 'a,b',
        'tags-any': 'c',
        'changes-since': '2026-01-01T00:00:00.000Z',
        limit: '50',
      })
      .reply(200, { servers: [] }, JSON_TYPE);
    const options = {
      name: '^web',
      status: 'ACTIVE',
      ip: '10\\.0\\.',
      tags: ['a', 'b'],
      tagsAny: ['c'],
      changesSince: new Date('2026-01-01T00:00:00Z'),
      pageSize: 50,
    };
    expect(await collect(listServers(compute(), options))).toEqual([]);
    scope.done();
  });

  it('walks 3 pages with exactly 3 GETs following the next links', async () => {
    const scope = track(nock(NOVA))
      .get('/v2.1/servers/detail')
      .query({ limit: '2' })
      .reply(200, page(['a', 'b'], `${NOVA}/v2.1/servers/detail?limit=2&marker=b`), JSON_TYPE)
      .get('/v2.1/servers/detail')
      .query({ limit: '2', marker: 'b' })
      .reply(200, page(['c', 'd'], `${NOVA}/v2.1/servers/detail?limit=2&marker=d`), JSON_TYPE)
      .get('/v2.1/servers/detail')
      .query({ limit: '2', marker: 'd' })
      .reply(200, page(['e']), JSON_TYPE);
    const ids = (await collect(listServers(compute(), { pageSize: 2 }))).map((s) => s.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toEqual([
      'GET 127.0.0.1:8774/v2.1/servers/detail?limit=2',
      'GET 127.0.0.1:8774/v2.1/servers/detail?limit=2&marker=b',
      'GET 127.0.0.1:8774/v2.1/servers/detail?limit=2&marker=d',
    ]);
    scope.done();
  });

  it('stops with ERR_PAGINATION_LOOP when a next link points back to a page already read', async () => {
    const scope = nock(NOVA)
      .get('/v2.1/servers/detail')
      .query({ limit: '1' })
      .reply(200, page(['a'], `${NOVA}/v2.1/servers/detail?limit=1&marker=a`), JSON_TYPE)
      .get('/v2.1/servers/detail')
      .query({ limit: '1', marker: 'a' })
      .reply(200, page(['b'], `${NOVA}/v2.1/servers/detail?limit=1`), JSON_TYPE);
    const error = await collect(listServers(compute(), { pageSize: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_PAGINATION_LOOP' });
    scope.done();
  });

  it('follows a next link that names an internal host on the endpoint host instead (the token stays put)', async () => {
    const scope = track(nock(NOVA))
      .get('/v2.1/servers/detail')
      .query({ limit: '1' })
      .reply(
        200,
        page(['a'], 'http://nova-internal.example:8774/v2.1/servers/detail?limit=1&marker=a'),
        JSON_TYPE,
      )
      .get('/v2.1/servers/detail')
      .query({ limit: '1', marker: 'a' })
      .reply(200, page(['b']), JSON_TYPE);
    const ids = (await collect(listServers(compute(), { pageSize: 1 }))).map((s) => s.id);
    expect(ids).toEqual(['a', 'b']);
    expect(calls).toEqual([
      'GET 127.0.0.1:8774/v2.1/servers/detail?limit=1',
      'GET 127.0.0.1:8774/v2.1/servers/detail?limit=1&marker=a',
    ]);
    scope.done();
  });

  it('refuses tag filters before microversion 2.26 without sending anything', () => {
    expect(() => listServers(compute('2.25'), { tags: ['a'] })).toThrow(NotSupportedError);
  });
});

describe('getServer / findServer', () => {
  it('parses the pre-2.47 flavor reference', async () => {
    const scope = nock(NOVA)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, loadFixture('compute/servers/get.mv2-1') as nock.Body, JSON_TYPE);
    const server = await getServer(compute('2.1'), ID);
    expect(server.flavor?.id).toBe('090c182a-77b1-4f35-bb4b-066018ddc76b');
    expect(server.flavor?.originalName).toBeUndefined();
    scope.done();
  });

  it('getServer throws NotFoundError with Nova’s message; findServer returns undefined', async () => {
    const notFound = loadFixture('compute/servers/get.not-found') as nock.Body;
    const scope = nock(NOVA)
      .get('/v2.1/servers/missing')
      .twice()
      .reply(404, notFound, { ...JSON_TYPE, 'x-openstack-request-id': 'req-1' });
    const error = await getServer(compute(), 'missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(String(error)).toContain('could not be found');
    await expect(findServer(compute(), 'missing')).resolves.toBeUndefined();
    scope.done();
  });
});

describe('createServer', () => {
  it('sends every field, including adminPass, base64 user data and scheduler hints', async () => {
    let sent: unknown;
    const scope = nock(NOVA)
      .post('/v2.1/servers', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(202, { server: { id: 'new-id', adminPass: 'generated-pass', links: [] } }, JSON_TYPE);
    const created = await createServer(compute(), {
      name: 'web-1',
      flavorId: 'f1',
      imageId: 'i1',
      networks: [{ networkId: 'n1', fixedIp: '10.0.0.9' }, { portId: 'p1' }],
      keyName: 'k1',
      securityGroups: ['default', 'web'],
      userData: '#cloud-config\n',
      configDrive: true,
      metadata: { role: 'web' },
      availabilityZone: 'nova',
      serverGroupId: 'g1',
      schedulerHints: { same_host: ['x'] },
      adminPass: 'my-pass',
      tags: ['t1'],
      description: 'd',
    });
    expect(sent).toEqual({
      server: {
        name: 'web-1',
        flavorRef: 'f1',
        imageRef: 'i1',
        networks: [{ uuid: 'n1', fixed_ip: '10.0.0.9' }, { port: 'p1' }],
        key_name: 'k1',
        security_groups: [{ name: 'default' }, { name: 'web' }],
        user_data: Buffer.from('#cloud-config\n').toString('base64'),
        config_drive: true,
        metadata: { role: 'web' },
        availability_zone: 'nova',
        adminPass: 'my-pass',
        tags: ['t1'],
        description: 'd',
      },
      'os:scheduler_hints': { same_host: ['x'], group: 'g1' },
    });
    expect(created.id).toBe('new-id');
    expect(created.adminPass).toBe('generated-pass');
    expect(JSON.stringify(created)).not.toContain('generated-pass');
    scope.done();
  });

  it('boots from a volume with block device mapping v2 and networks auto by default', async () => {
    let sent: unknown;
    const scope = nock(NOVA)
      .post('/v2.1/servers', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(202, { server: { id: 'bfv' } }, JSON_TYPE);
    await createServer(compute(), {
      name: 'bfv',
      flavorId: 'f1',
      blockDeviceMappings: [
        { sourceType: 'image', uuid: 'i1', bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true },
      ],
    });
    expect(sent).toEqual({
      server: {
        name: 'bfv',
        flavorRef: 'f1',
        networks: 'auto',
        block_device_mapping_v2: [
          {
            source_type: 'image',
            destination_type: 'volume',
            uuid: 'i1',
            boot_index: 0,
            volume_size: 1,
            delete_on_termination: true,
          },
        ],
      },
    });
    scope.done();
  });

  it('fails before sending when a field needs a newer microversion or the boot source is missing', async () => {
    await expect(
      createServer(compute('2.51'), { name: 'a', flavorId: 'f', imageId: 'i', tags: ['x'] }),
    ).rejects.toThrow(
      /Server tags at creation needs Nova microversion 2.52 or later; this connection uses 2.51/,
    );
    await expect(createServer(compute(), { name: 'a', flavorId: 'f' })).rejects.toThrow(ConfigurationError);
    await expect(createServer(compute(), { name: '', flavorId: 'f', imageId: 'i' })).rejects.toThrow(
      /`name`/,
    );
    await expect(
      createServer(compute(), { name: 'a', flavorId: 'f', imageId: 'i', userData: 'x'.repeat(60_000) }),
    ).rejects.toThrow(/userData/);
  });
});

describe('updateServer', () => {
  it('PUTs only the given fields', async () => {
    const fixture = loadFixture('compute/servers/get.mv2-93') as nock.Body;
    const scope = nock(NOVA)
      .put(`/v2.1/servers/${ID}`, { server: { name: 'renamed' } })
      .reply(200, fixture, JSON_TYPE);
    const server = await updateServer(compute(), ID, { name: 'renamed' });
    expect(server.id).toBe(ID);
    scope.done();
  });
});
