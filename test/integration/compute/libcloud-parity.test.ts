// What a libcloud user meets on day one: a legacy /v2/<tenant> compute endpoint (no microversions) serving
// libcloud's v1.1 fixtures with numeric ids, and the generated admin password on the created node.
import type { Writable } from 'node:stream';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { NodeState, NotSupportedError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { captureTranscript } from '../transport/capture.ts';
import { collect } from './harness.ts';

const HOST = 'https://legacy-nova.example.com';
const BASE = '/v2/rs-reach-project';
const TOKEN = 'libcloud-parity-token';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const MICROVERSION_HEADERS = ['openstack-api-version', 'x-openstack-nova-api-version'];
/** What a legacy Nova answers for GET /v2: no microversion range. */
const LEGACY_VERSION = {
  version: { id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '', links: [] },
};

let driver: OpenStackNodeDriver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

function legacyDriver(debug?: { transcript: Writable }): OpenStackNodeDriver {
  driver = new OpenStackNodeDriver({
    auth: { method: 'forced_token', token: TOKEN, endpoints: { compute: `${HOST}${BASE}` } },
    transport: { retry: false, debug: debug ?? false },
  });
  return driver;
}

/** Nova without microversions: every request must come without a microversion header. */
function legacyNova(): nock.Scope {
  nock(HOST).get('/v2').reply(200, LEGACY_VERSION, JSON_TYPE);
  return nock(HOST, { badheaders: MICROVERSION_HEADERS, reqheaders: { 'x-auth-token': TOKEN } });
}

describe('a legacy /v2/<tenant> compute endpoint with libcloud v1.1 fixtures', () => {
  it('lists and gets servers and flavors with numeric ids, sending no microversion header', async () => {
    const scope = legacyNova()
      .get(`${BASE}/servers/detail`)
      .query(true)
      .reply(200, loadFixture('compute/servers/list.libcloud-v1-1') as nock.Body, JSON_TYPE)
      .get(`${BASE}/servers/12064`)
      .reply(200, loadFixture('compute/servers/get.libcloud-v1-1') as nock.Body, JSON_TYPE)
      .get(`${BASE}/flavors/detail`)
      .query(true)
      .reply(200, loadFixture('compute/flavors/list.libcloud-v1-1') as nock.Body, JSON_TYPE)
      .get(`${BASE}/flavors/7`)
      .reply(200, loadFixture('compute/flavors/get.libcloud-v1-1') as nock.Body, JSON_TYPE);
    const d = legacyDriver();
    const nodes = await collect(d.listNodes());
    expect(nodes.map((n) => [n.id, n.state, n.sizeId])).toEqual([
      ['12065', NodeState.PENDING, '2'],
      ['12064', NodeState.RUNNING, '2'],
    ]);
    expect((await d.getNode('12064'))?.id).toBe('12064');
    const sizes = await collect(d.listSizes());
    expect(sizes.map((s) => s.id)).toEqual(['7', '3', '1', '4', '8', '5', '2', '6']);
    expect((await d.ext.compute.getFlavor('7')).name).toBe('15.5GB slice');
    scope.done();
  });

  it('refuses, before sending, only what needs a microversion', async () => {
    const scope = legacyNova().post(`${BASE}/servers/12064/action`, { lock: null }).reply(202);
    const d = legacyDriver();
    await expect(d.ext.compute.lockServer('12064', 'maintenance')).rejects.toThrow(NotSupportedError);
    await expect(d.ext.compute.lockServer('12064', 'maintenance')).rejects.toThrow(/2\.73/);
    await d.ext.compute.lockServer('12064');
    scope.done();
  });

  it('createNode keeps the generated admin password in extra.password, and no log or print shows it', async () => {
    const password = 'libcloud-parity-generated-pass';
    const transcript = captureTranscript();
    const scope = legacyNova()
      .post(`${BASE}/servers`)
      .reply(202, { server: { id: 12064, adminPass: password } }, JSON_TYPE)
      .get(`${BASE}/servers/12064`)
      .reply(200, loadFixture('compute/servers/get.libcloud-v1-1') as nock.Body, JSON_TYPE)
      .post(`${BASE}/servers`)
      .reply(202, { server: { id: 12065, adminPass: password } }, JSON_TYPE);
    const d = legacyDriver({ transcript: transcript.stream });
    const node = await d.createNode({ name: 'lc-test', size: '2', image: '7' });
    expect(node.id).toBe('12064');
    expect(node.extra.password).toBe(password);
    const bare = await d.createNode({ name: 'lc-test-2', size: '2', image: '7', hydrate: false });
    expect(bare.extra.password).toBe(password);
    for (const shown of [transcript.text(), inspect(node, { depth: 10 }), JSON.stringify(node)]) {
      expect(shown).not.toContain(password);
    }
    expect(transcript.text()).toContain('/servers');
    scope.done();
  });
});
