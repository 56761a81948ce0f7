// No secret of a 1.0 session reaches the debug transcript or util.inspect, in JSON mode and in XML mode (where the
// calls that carry a root password travel as JSON so the transcript can redact them).
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenStackV10NodeDriver } from '../../../src/drivers/openstack/v1-0/driver/index.ts';
import { FORMATS, v10FixtureText } from '../../unit/v1-0/fixtures.ts';
import { captureTranscript } from '../transport/capture.ts';

const AUTH = 'https://auth.example.com';
const SERVERS = 'https://servers.example.com';
const BASE = '/v1.0/424242';
const API_KEY = 'secret-api-key-7f3a9c';
const TOKEN = 'secret-token-51d2e8';
const GENERATED = 'fixture-generated-pass';
const CHOSEN = 'chosen-pass-0b44aa';

let driver: OpenStackV10NodeDriver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe.each(FORMATS)('1.0 secrets in %s mode', (format) => {
  it('keeps the API key, the token, the generated and the chosen root password out of the transcript and inspect', async () => {
    const transcript = captureTranscript();
    const scopes = [
      nock(AUTH)
        .get('/v1.0')
        .reply(204, '', { 'X-Auth-Token': TOKEN, 'X-Server-Management-Url': `${SERVERS}${BASE}` }),
      nock(SERVERS)
        .post(`${BASE}/servers`)
        .matchHeader('accept', 'application/json')
        .reply(202, v10FixtureText('servers/create', 'json'), { 'Content-Type': 'application/json' })
        .put(`${BASE}/servers/52415802`, { server: { adminPass: CHOSEN } })
        .reply(204),
    ];
    driver = new OpenStackV10NodeDriver({
      auth: { method: '1.0', authUrl: AUTH, username: 'demo', apiKey: API_KEY },
      transport: { retry: false, debug: { transcript: transcript.stream } },
      compute: { format },
    });
    const node = await driver.createNode({ name: 'app-01', size: '1', image: '8' });
    await driver.ext.compute.updateServer(node.id, { adminPass: CHOSEN });
    expect(node.extra.adminPass).toBe(GENERATED);
    const text = transcript.text();
    expect(text).toContain('/servers');
    for (const secret of [API_KEY, TOKEN, GENERATED, CHOSEN]) {
      expect(text, secret).not.toContain(secret);
      expect(inspect(node, { depth: 10 }), secret).not.toContain(secret);
      expect(inspect(driver, { depth: 10 }), secret).not.toContain(secret);
    }
    expect(scopes.every((s) => s.isDone())).toBe(true);
  });
});
