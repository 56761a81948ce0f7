import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  listV10Addresses,
  listV10NetworkAddresses,
} from '../../../src/drivers/openstack/v1-0/addresses/index.ts';
import {
  getV10Flavor,
  listV10FlavorDetails,
  listV10Flavors,
} from '../../../src/drivers/openstack/v1-0/flavors/index.ts';
import {
  createV10Image,
  deleteV10Image,
  getV10Image,
  listV10ImageDetails,
  listV10Images,
} from '../../../src/drivers/openstack/v1-0/images/index.ts';
import { getV10Limits } from '../../../src/drivers/openstack/v1-0/limits/index.ts';
import {
  confirmV10Resize,
  rebootV10Server,
  rebuildV10Server,
  resizeV10Server,
  revertV10Resize,
} from '../../../src/drivers/openstack/v1-0/server-actions/index.ts';
import {
  createV10SharedIpGroup,
  deleteV10SharedIpGroup,
  getV10SharedIpGroup,
  listV10SharedIpGroups,
  shareV10Ip,
  unshareV10Ip,
} from '../../../src/drivers/openstack/v1-0/shared-ip-groups/index.ts';
import type { V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import { FORMATS } from '../../unit/v1-0/fixtures.ts';
import { BASE, collect, type Harness, HOST, harness, replyFixture } from './harness.ts';

let current: Harness | undefined;
afterEach(async () => {
  await current?.transport.close();
  current = undefined;
});

function setup(format: V10Format): Harness {
  current = harness(format);
  return current;
}

/** Matches a request body in either media type by a substring. */
function bodyHas(...parts: string[]): (body: unknown) => boolean {
  return (body) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return parts.every((part) => text.includes(part));
  };
}

describe.each(FORMATS)('1.0 server actions over %s', (format) => {
  it('posts reboot, rebuild, resize, confirm and revert to /action', async () => {
    const { compute } = setup(format);
    const action = `${BASE}/servers/52415800/action`;
    const scope = nock(HOST)
      .post(action, bodyHas('reboot', 'SOFT'))
      .reply(202)
      .post(action, bodyHas('reboot', 'HARD'))
      .reply(202)
      .post(action, bodyHas('rebuild', '11'))
      .reply(202)
      .post(action, bodyHas('resize', 'flavorId'))
      .reply(202)
      .post(action, bodyHas('confirmResize'))
      .reply(204)
      .post(action, bodyHas('revertResize'))
      .reply(202);
    await rebootV10Server(compute, '52415800', 'SOFT');
    await rebootV10Server(compute, '52415800', 'HARD');
    await rebuildV10Server(compute, '52415800', '11');
    await resizeV10Server(compute, '52415800', '4');
    await confirmV10Resize(compute, '52415800');
    await revertV10Resize(compute, '52415800');
    expect(scope.isDone()).toBe(true);
  });
});

describe.each(FORMATS)('1.0 images, flavors, limits and addresses over %s', (format) => {
  it('lists, gets, creates and deletes images', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST);
    replyFixture(scope.get(`${BASE}/images`).query({ limit: 1000 }), 200, 'images/list', format);
    replyFixture(
      scope.get(`${BASE}/images/detail`).query({ limit: 1000 }),
      200,
      'images/list-detail',
      format,
    );
    replyFixture(scope.get(`${BASE}/images/8`), 200, 'images/get', format);
    replyFixture(
      scope.post(`${BASE}/images`, bodyHas('before-upgrade', '52415800')),
      202,
      'images/create',
      format,
    );
    scope.delete(`${BASE}/images/191240`).reply(204);
    expect((await collect(listV10Images(compute))).map((i) => i.name)).toEqual([
      'Ubuntu 9.04 (jaunty)',
      'nightly web-01',
    ]);
    expect((await collect(listV10ImageDetails(compute)))[1]).toMatchObject({
      status: 'SAVING',
      progress: 80,
    });
    expect((await getV10Image(compute, '8')).status).toBe('ACTIVE');
    const created = await createV10Image(compute, { serverId: '52415800', name: 'before-upgrade' });
    expect(created).toMatchObject({ id: '191240', status: 'QUEUED' });
    await deleteV10Image(compute, created.id);
    expect(scope.isDone()).toBe(true);
  });

  it('returns no images for an empty detail list', async () => {
    const { compute } = setup(format);
    const scope = replyFixture(
      nock(HOST).get(`${BASE}/images/detail`).query(true),
      200,
      'images/list-detail.empty',
      format,
    );
    expect(await collect(listV10ImageDetails(compute))).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('lists and gets flavors', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST);
    replyFixture(scope.get(`${BASE}/flavors`).query(true), 200, 'flavors/list', format);
    replyFixture(scope.get(`${BASE}/flavors/detail`).query(true), 200, 'flavors/list-detail', format);
    replyFixture(scope.get(`${BASE}/flavors/2`), 203, 'flavors/get', format);
    expect(await collect(listV10Flavors(compute))).toHaveLength(2);
    expect((await collect(listV10FlavorDetails(compute))).map((f) => f.ram)).toEqual([256, 512, 2048]);
    expect(await getV10Flavor(compute, '2')).toMatchObject({ name: '512 server', disk: 20 });
    expect(scope.isDone()).toBe(true);
  });

  it('gets limits and addresses', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST);
    replyFixture(scope.get(`${BASE}/limits`), 200, 'limits/get', format);
    replyFixture(scope.get(`${BASE}/servers/52415800/ips`), 200, 'addresses/list', format);
    replyFixture(scope.get(`${BASE}/servers/52415800/ips/public`), 200, 'addresses/list-public', format);
    expect((await getV10Limits(compute)).absolute.maxTotalRAMSize).toBe(51200);
    expect((await listV10Addresses(compute, '52415800')).private).toEqual(['10.176.40.21']);
    expect(await listV10NetworkAddresses(compute, '52415800', 'public')).toEqual([
      '198.51.100.21',
      '198.51.100.99',
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe.each(FORMATS)('1.0 shared IP groups over %s', (format) => {
  it('lists (summary, detail, empty), gets, creates and deletes groups', async () => {
    const { compute } = setup(format);
    const scope = nock(HOST);
    replyFixture(scope.get(`${BASE}/shared_ip_groups`).query(true), 200, 'shared-ip-groups/list', format);
    replyFixture(
      scope.get(`${BASE}/shared_ip_groups/detail`).query(true),
      200,
      'shared-ip-groups/list-detail',
      format,
    );
    replyFixture(
      scope.get(`${BASE}/shared_ip_groups/detail`).query(true),
      200,
      'shared-ip-groups/list.empty',
      format,
    );
    replyFixture(scope.get(`${BASE}/shared_ip_groups/1234`), 200, 'shared-ip-groups/get', format);
    replyFixture(
      scope.post(`${BASE}/shared_ip_groups`, bodyHas('web pool', '52415800')),
      201,
      'shared-ip-groups/get',
      format,
    );
    scope.delete(`${BASE}/shared_ip_groups/1234`).reply(204);
    expect((await collect(listV10SharedIpGroups(compute)))[0]?.servers).toBeUndefined();
    expect((await collect(listV10SharedIpGroups(compute, { detail: true })))[0]?.servers).toEqual([
      '52415800',
      '52415803',
    ]);
    expect(await collect(listV10SharedIpGroups(compute, { detail: true }))).toEqual([]);
    expect((await getV10SharedIpGroup(compute, '1234')).name).toBe('web pool');
    expect((await createV10SharedIpGroup(compute, { name: 'web pool', serverId: '52415800' })).id).toBe(
      '1234',
    );
    await deleteV10SharedIpGroup(compute, '1234');
    expect(scope.isDone()).toBe(true);
  });

  it('shares and unshares a public address', async () => {
    const { compute } = setup(format);
    const path = `${BASE}/servers/52415803/ips/public/198.51.100.21`;
    const scope = nock(HOST)
      .put(path, bodyHas('shareIp', '1234', 'true'))
      .reply(202)
      .delete(path)
      .reply(202);
    await shareV10Ip(compute, { sharedIpGroupId: '1234', serverId: '52415803', address: '198.51.100.21' });
    await unshareV10Ip(compute, '52415803', '198.51.100.21');
    expect(scope.isDone()).toBe(true);
  });
});
