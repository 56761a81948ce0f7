// The logical cloud served as the compute API v2.1 (libcloud's "1.1"), driven by OpenStackNodeDriver.
import nock from 'nock';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import type { World, WorldFactory } from './world.ts';

const HOST = 'https://nova.example.com';
const BASE = '/v2.1/0123456789abcdef0123456789abcdef';
const TOKEN = 'contract-token-v11';
const GLANCE = 'https://glance.example.com';
const IDS = {
  running: '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0001',
  pending: '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0002',
  missing: '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0099',
  created: '5c2a1b7e-0a3e-4c8e-9a55-0f3c7c1e0003',
  size: '2',
  image: '70a599e0-31e7-49b7-b260-868f441e862b',
} as const;

const VERSION = {
  version: {
    id: 'v2.1',
    status: 'CURRENT',
    version: '2.96',
    min_version: '2.1',
    links: [{ rel: 'self', href: `${HOST}/v2.1/` }],
  },
};

function server(id: string, name: string, status: string): Record<string, unknown> {
  const running = status === 'ACTIVE';
  return {
    id,
    name,
    status,
    progress: running ? 100 : 40,
    image: { id: IDS.image },
    flavor: { original_name: 'm1.small', ram: 512, disk: 20, vcpus: 1, extra_specs: {} },
    addresses: running
      ? {
          private: [
            { addr: '10.176.40.21', version: 4, 'OS-EXT-IPS:type': 'fixed' },
            { addr: '198.51.100.21', version: 4, 'OS-EXT-IPS:type': 'floating' },
          ],
        }
      : {},
    metadata: {},
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T10:01:00Z',
  };
}

const FLAVORS = {
  flavors: [
    { id: '1', name: 'm1.tiny', ram: 256, disk: 10, vcpus: 1 },
    { id: IDS.size, name: 'm1.small', ram: 512, disk: 20, vcpus: 1 },
  ],
};

/** A Glance v2 image record: the 1.1 driver's images capability is backed by the image service. */
const IMAGE = {
  id: IDS.image,
  name: 'Ubuntu',
  status: 'active',
  visibility: 'public',
  protected: false,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
  tags: [],
};

const ZONES = {
  availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }],
};

/** @returns A factory of 1.1 worlds (Nova for compute, Glance behind the images capability). */
export function v11World(): WorldFactory {
  return () => {
    const driver = new OpenStackNodeDriver({
      auth: { method: 'forced_token', token: TOKEN, endpoints: { compute: `${HOST}${BASE}`, image: GLANCE } },
      transport: { retry: false },
    });
    // The driver discovers the microversion once, anonymously, before its first compute call.
    let discovered = false;
    const api = () => {
      if (!discovered) nock(HOST).get('/v2.1').reply(200, VERSION);
      discovered = true;
      return nock(HOST, { reqheaders: { 'x-auth-token': TOKEN } });
    };
    const body = (text: string) => (b: unknown) => JSON.stringify(b).includes(text);
    return {
      driver,
      ids: IDS,
      locationCount: 1,
      close: () => driver.close(),
      serveNodes: () =>
        void api()
          .get(`${BASE}/servers/detail`)
          .query(true)
          .reply(200, {
            servers: [server(IDS.running, 'web-01', 'ACTIVE'), server(IDS.pending, 'db-01', 'BUILD')],
          }),
      serveNode: (id, state) =>
        void api()
          .get(`${BASE}/servers/${id}`)
          .reply(200, {
            server: server(
              id,
              state === 'running' ? 'web-01' : 'app-01',
              state === 'running' ? 'ACTIVE' : 'BUILD',
            ),
          }),
      serveMissingNode: (id) =>
        void api()
          .get(`${BASE}/servers/${id}`)
          .reply(404, { itemNotFound: { code: 404, message: `Instance ${id} could not be found.` } }),
      serveCreate: () => {
        api()
          .post(`${BASE}/servers`, body('app-01'))
          .reply(202, { server: { id: IDS.created, adminPass: 'contract-pass-1' } });
        api()
          .get(`${BASE}/servers/${IDS.created}`)
          .reply(200, { server: server(IDS.created, 'app-01', 'BUILD') });
      },
      serveDestroy: (id) => void api().delete(`${BASE}/servers/${id}`).reply(204),
      serveReboot: (id, hard) =>
        void api()
          .post(`${BASE}/servers/${id}/action`, { reboot: { type: hard ? 'HARD' : 'SOFT' } })
          .reply(202),
      serveSizes: () => void api().get(`${BASE}/flavors/detail`).query(true).reply(200, FLAVORS),
      serveLocations: () => void api().get(`${BASE}/os-availability-zone`).reply(200, ZONES),
      serveImages: () =>
        void nock(GLANCE, { reqheaders: { 'x-auth-token': TOKEN } })
          .get('/v2/images')
          .query(true)
          .reply(200, { images: [IMAGE], first: '/v2/images' }),
      serveImage: (id) =>
        void nock(GLANCE, { reqheaders: { 'x-auth-token': TOKEN } })
          .get(`/v2/images/${id}`)
          .reply(200, IMAGE),
      serveCreateImage: () =>
        void api()
          .post(`${BASE}/servers/${IDS.running}/action`, body('backup'))
          .reply(202, { image_id: '0b1e8c7a-5d2f-4a57-9a0e-6f1d2c3b4a59' }),
    } satisfies World;
  };
}
