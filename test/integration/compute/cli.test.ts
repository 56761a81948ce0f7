// The compute commands end to end through the real transport, Keystone and Nova answered by nock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixtures.ts';
import { runStratus } from '../../unit/cli/helpers.ts';
import { calls, KEYSTONE, keystoneLogin, NOVA, NOVA_VERSION, track } from './harness.ts';

const J = { 'Content-Type': 'application/json' };
const ID = 'ff20ba4e-40c2-4085-a705-fa5eb4415f99';
const IMAGE = 'ccb63159-c0b5-4fa1-a37e-047b5f52422e';
let root: string;
let env: Record<string, string>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-compute-cli-'));
  const file = join(root, 'clouds.yaml');
  writeFileSync(
    file,
    `clouds:\n  t:\n    auth:\n      auth_url: ${KEYSTONE}/v3\n      username: demo\n      password: pw\n` +
      '      user_domain_name: Default\n      project_name: demo\n      project_domain_name: Default\n' +
      '    region_name: RegionOne\n',
  );
  env = { OS_CLIENT_CONFIG_FILE: file, HOME: root };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function server(status: string): object {
  const fixture = loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> };
  return { server: { ...fixture.server, status } };
}

describe('stratus server create --wait', () => {
  it('creates with the flavor by name, waits with one progress line per status, prints JSON', async () => {
    const auth = keystoneLogin();
    let sent: unknown;
    const nova = track(nock(NOVA))
      .get('/v2.1')
      .reply(200, NOVA_VERSION, J)
      .get('/v2.1/flavors/detail')
      .reply(200, loadFixture('compute/flavors/list') as nock.Body, J)
      .post('/v2.1/servers', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(202, { server: { id: ID, adminPass: 'never-printed' } }, J)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, server('BUILD'), J)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, server('ACTIVE'), J);
    const run = await runStratus(
      [
        '--cloud',
        't',
        'server',
        'create',
        'web-1',
        '--flavor',
        'stratus-test-compute-rec16994-flavor',
        '--image',
        IMAGE,
        '--network',
        'none',
        '--property',
        'role=web',
        '--wait',
        '-f',
        'json',
      ],
      env,
      { cwd: root },
    );
    expect(run.stderr).toMatch(/^web-1: BUILD after \d+s\nweb-1: ACTIVE after \d+s\n$/);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      id: ID,
      status: 'ACTIVE',
      addresses: { 'stratus-test-compute-rec16994-net': ['10.77.0.125'] },
    });
    expect(sent).toMatchObject({
      server: {
        name: 'web-1',
        flavorRef: '090c182a-77b1-4f35-bb4b-066018ddc76b',
        imageRef: IMAGE,
        networks: 'none',
        metadata: { role: 'web' },
      },
    });
    expect(run.stdout + run.stderr).not.toContain('never-printed');
    // no hydrating GET after the POST: the wait's polls are the only GETs of the server
    expect(calls.filter((c) => c.includes(`/servers/${ID}`))).toHaveLength(2);
    auth.done();
    nova.done();
  });
});

describe('stratus server show / delete by name', () => {
  it('falls back to an exact-name list when the id is unknown, and names ambiguity', async () => {
    const auth = keystoneLogin();
    const listed = loadFixture('compute/servers/list') as { servers: object[] };
    const nova = nock(NOVA)
      .get('/v2.1')
      .reply(200, NOVA_VERSION, J)
      .get('/v2.1/servers/web')
      .reply(404, loadFixture('compute/servers/get.not-found') as nock.Body, J)
      .get('/v2.1/servers/detail')
      .query({ name: '^web$' })
      .reply(200, { servers: listed.servers }, J);
    const run = await runStratus(['--cloud', 't', 'server', 'show', 'web'], env, { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 servers are named "web"; use the id');
    auth.done();
    nova.done();
  });
});
