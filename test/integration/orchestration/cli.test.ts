// `stratus stack …` and `stratus floating ip list` end to end through the CLI, the real transport and nock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixtures.ts';
import { freshTokenBody } from '../../helpers/keystone-token.ts';
import { runStratus } from '../../unit/cli/helpers.ts';

const K = 'https://keystone.services.test:5000';
const HEAT = 'http://127.0.0.1:8004';
const NEUTRON = 'http://127.0.0.1:9696';
const PROJECT = '/v1/eae6f95d19ae4070993d0f3491051113';
const ID = 'ac17de7d-bf2e-4125-a299-fbb89b77529e';
let root: string;
let env: Record<string, string>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-services-cli-'));
  const file = join(root, 'clouds.yaml');
  writeFileSync(
    file,
    `clouds:\n  t:\n    auth:\n      auth_url: ${K}/v3\n      username: demo\n      password: pw-not-printed\n` +
      '      user_domain_name: Default\n      project_name: demo\n      project_domain_name: Default\n',
  );
  env = { OS_CLIENT_CONFIG_FILE: file, OS_CLOUD: 't', HOME: root };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function login(): nock.Scope {
  return nock(K).post('/v3/auth/tokens').reply(201, freshTokenBody(), {
    'X-Subject-Token': 'gAAAAAsecret-token-value',
    'Content-Type': 'application/json',
  });
}

function stackIn(status: string, reason: string): unknown {
  const body = loadFixture('orchestration/stacks/get') as { stack: Record<string, unknown> };
  return { stack: { ...body.stack, stack_name: 'web', stack_status: status, stack_status_reason: reason } };
}

describe('stratus stack delete --wait', () => {
  it('exits non-zero with Heat’s reason when the delete ends DELETE_FAILED after Heat’s 204', async () => {
    const reason = 'Resource DELETE failed: Conflict: resources.server: Instance is locked';
    const scopes = [
      login(),
      nock(HEAT)
        .get(`${PROJECT}/stacks/web`)
        .reply(302, '', { location: `${HEAT}${PROJECT}/stacks/web/${ID}` })
        .get(`${PROJECT}/stacks/web/${ID}`)
        .reply(200, stackIn('CREATE_COMPLETE', 'ok'))
        .delete(`${PROJECT}/stacks/web/${ID}`)
        .reply(204)
        .get(`${PROJECT}/stacks/web/${ID}`)
        .reply(200, stackIn('DELETE_FAILED', reason)),
    ];
    const run = await runStratus(['stack', 'delete', 'web', '--wait', '-y'], env, { cwd: root });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('DELETE_FAILED');
    expect(run.stderr).toContain('Instance is locked');
    expect(run.stdout + run.stderr).not.toContain('gAAAAAsecret-token-value');
    for (const scope of scopes) expect(scope.isDone()).toBe(true);
  });
});

describe('stratus floating ip list', () => {
  it('prints JSON with the server of each address from one Neutron request', async () => {
    const scopes = [
      login(),
      nock(NEUTRON)
        .get('/v2.0/floatingips')
        .query({ limit: '100' })
        .reply(200, loadFixture('network/floating-ips/list')),
    ];
    const run = await runStratus(['floating', 'ip', 'list', '-f', 'json'], env, { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        floatingIpAddress: '203.0.113.18',
        serverId: 'ac348cf0-be1b-4cdd-aba8-faa112c1b5b1',
      }),
    ]);
    for (const scope of scopes) expect(scope.isDone()).toBe(true);
  });
});
