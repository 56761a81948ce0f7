// The logical cloud served as the OpenStack 1.0 compute API (JSON or XML), driven by OpenStackV10NodeDriver.
import nock from 'nock';
import { OpenStackV10NodeDriver } from '../../../src/drivers/openstack/v1-0/driver/index.ts';
import type { V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import { v10FixtureText } from '../../unit/v1-0/fixtures.ts';
import type { World, WorldFactory } from './world.ts';

const HOST = 'https://servers.example.com';
const BASE = '/v1.0/424242';
const TOKEN = 'contract-token-v10';

/**
 * @param format - The media type the 1.0 world speaks.
 * @returns A factory of 1.0 worlds.
 */
export function v10World(format: V10Format): WorldFactory {
  return () => {
    const driver = new OpenStackV10NodeDriver({
      auth: { method: 'forced_token', token: TOKEN, endpoints: { compute: `${HOST}${BASE}` } },
      transport: { retry: false },
      compute: { format },
    });
    const type = { 'Content-Type': format === 'xml' ? 'application/xml' : 'application/json' };
    const api = () => nock(HOST, { reqheaders: { 'x-auth-token': TOKEN } });
    const fixture = (name: string) => v10FixtureText(name, format);
    const body = (text: string) => (b: unknown) =>
      (typeof b === 'string' ? b : JSON.stringify(b)).includes(text);
    const world: World = {
      driver,
      ids: {
        running: '52415800',
        pending: '52415801',
        missing: '52415899',
        created: '52415802',
        size: '2',
        image: '8',
      },
      locationCount: 0,
      close: () => driver.close(),
      serveNodes: () =>
        void api().get(`${BASE}/servers/detail`).query(true).reply(200, fixture('servers/list-detail'), type),
      serveNode: (id, state) => {
        const record = state === 'running' ? fixture('servers/get') : fixture('servers/create');
        const text = record.replace('VERIFY_RESIZE', 'ACTIVE').replace(/52415802|52415800/g, id);
        api().get(`${BASE}/servers/${id}`).reply(200, text, type);
      },
      serveMissingNode: (id) =>
        void api().get(`${BASE}/servers/${id}`).reply(404, fixture('faults/item-not-found'), type),
      serveCreate: () =>
        void api().post(`${BASE}/servers`, body('app-01')).reply(202, fixture('servers/create'), type),
      serveDestroy: (id) => void api().delete(`${BASE}/servers/${id}`).reply(202),
      serveReboot: (id, hard) =>
        void api()
          .post(`${BASE}/servers/${id}/action`, body(hard ? 'HARD' : 'SOFT'))
          .reply(202),
      serveSizes: () =>
        void api().get(`${BASE}/flavors/detail`).query(true).reply(200, fixture('flavors/list-detail'), type),
      serveLocations: () => undefined,
      serveImages: () =>
        void api().get(`${BASE}/images/detail`).query(true).reply(200, fixture('images/list-detail'), type),
      serveImage: (id) => void api().get(`${BASE}/images/${id}`).reply(200, fixture('images/get'), type),
      serveCreateImage: () =>
        void api()
          .post(`${BASE}/images`, body('backup'))
          .reply(202, fixture('images/create').replace('before-upgrade', 'backup'), type),
    };
    return world;
  };
}
