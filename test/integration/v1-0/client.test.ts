// Edge cases of the 1.0 client's media-type handling, seen from the wire.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { getV10Flavor } from '../../../src/drivers/openstack/v1-0/flavors/index.ts';
import { deleteV10Server } from '../../../src/drivers/openstack/v1-0/servers/index.ts';
import { createV10ComputeClient, type V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import { ConfigurationError } from '../../../src/errors/index.ts';
import { v10FixtureText } from '../../unit/v1-0/fixtures.ts';
import { BASE, type Harness, HOST, harness } from './harness.ts';

let current: Harness | undefined;
afterEach(async () => {
  await current?.transport.close();
  current = undefined;
});

function setup(format: V10Format): Harness {
  current = harness(format);
  return current;
}

describe('1.0 client media types', () => {
  it('reads an XML answer even when it asked for JSON (a cloud that ignores Accept)', async () => {
    const { compute } = setup('json');
    const scope = nock(HOST, { reqheaders: { accept: 'application/json' } })
      .get(`${BASE}/flavors/2`)
      .reply(200, v10FixtureText('flavors/get', 'xml'), { 'Content-Type': 'application/xml' });
    expect(await getV10Flavor(compute, '2')).toMatchObject({ id: '2', ram: 512, disk: 20 });
    expect(scope.isDone()).toBe(true);
  });

  it('reads XML served with an unhelpful content type', async () => {
    const { compute } = setup('xml');
    const scope = nock(HOST)
      .get(`${BASE}/flavors/2`)
      .reply(200, v10FixtureText('flavors/get', 'xml'), { 'Content-Type': 'application/octet-stream' });
    expect(await getV10Flavor(compute, '2')).toMatchObject({ name: '512 server' });
    expect(scope.isDone()).toBe(true);
  });

  it('accepts an empty 202 with an XML content type', async () => {
    const { compute } = setup('xml');
    const scope = nock(HOST)
      .delete(`${BASE}/servers/7`)
      .reply(202, '', { 'Content-Type': 'application/xml' });
    await expect(deleteV10Server(compute, '7')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('refuses an unknown format at construction', () => {
    const nova = createServiceClient({
      serviceType: 'compute',
      name: 'x',
      endpoint: `${HOST}${BASE}`,
      send: () => Promise.reject(new Error('not sent')),
    });
    expect(() => createV10ComputeClient(nova, { format: 'yaml' as V10Format })).toThrow(ConfigurationError);
  });
});
