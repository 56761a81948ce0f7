// The token and catalog commands end to end through the real transport, with Keystone answered by nock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshTokenBody } from '../../helpers/keystone-token.ts';
import { runStratus } from '../../unit/cli/helpers.ts';

const K = 'https://keystone.cli.test:5000';
let root: string;
let env: Record<string, string>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-cli-int-'));
  const file = join(root, 'clouds.yaml');
  writeFileSync(
    file,
    `clouds:\n  t:\n    auth:\n      auth_url: ${K}/v3\n      username: demo\n      password: pw-not-printed\n` +
      '      user_domain_name: Default\n      project_name: demo\n      project_domain_name: Default\n' +
      '    region_name: RegionOne\n',
  );
  env = { OS_CLIENT_CONFIG_FILE: file };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function login(): nock.Scope {
  return nock(K).post('/v3/auth/tokens').reply(201, freshTokenBody(), {
    'X-Subject-Token': 'gAAAAAsecret-token-value',
    'Content-Type': 'application/json',
  });
}

describe('stratus token issue', () => {
  it('shows expiry, user and project but only a fingerprint of the token', async () => {
    const scope = login();
    const run = await runStratus(
      ['--os-cloud', 't', 'token', 'issue', '-f', 'json'],
      { ...env, HOME: root },
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      user: 'demo',
      project: 'demo',
      scope: 'project',
      auth_method: '3.x_password',
    });
    expect(record.id).toMatch(/^\{SHA256:[0-9a-f]{8}\} \(use --show-secret/);
    expect(run.stdout + run.stderr).not.toContain('gAAAAAsecret-token-value');
    scope.done();
  });

  it('--show-secret prints the token', async () => {
    const scope = login();
    const run = await runStratus(['--cloud', 't', 'token', 'issue', '--show-secret', '-f', 'json'], env, {
      cwd: root,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'gAAAAAsecret-token-value' });
    scope.done();
  });

  it('--debug writes a redacted transcript to stderr', async () => {
    const scope = login();
    const run = await runStratus(['--cloud', 't', '--debug', 'token', 'issue'], env, { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`curl`);
    expect(run.stderr).toContain('/v3/auth/tokens');
    expect(run.stderr).not.toContain('gAAAAAsecret-token-value');
    expect(run.stderr).not.toContain('pw-not-printed');
    scope.done();
  });

  it('a wrong password prints one line and exits 1', async () => {
    const scope = nock(K)
      .post('/v3/auth/tokens')
      .reply(401, { error: { code: 401, message: 'The request you have made requires authentication.' } });
    const run = await runStratus(['--cloud', 't', 'token', 'issue'], env, { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Error \(ERR_AUTHENTICATION\): The identity service refused the login \(401\)/,
    );
    scope.done();
  });
});

describe('stratus catalog', () => {
  it('list -f json: one object per endpoint', async () => {
    const scope = login();
    const run = await runStratus(['--cloud', 't', 'catalog', 'list', '-f', 'json'], env, { cwd: root });
    const rows = JSON.parse(run.stdout) as { type: string; interface: string; url: string }[];
    expect(rows).toHaveLength(24);
    expect(rows).toContainEqual(
      expect.objectContaining({
        type: 'compute',
        name: 'nova',
        region: 'RegionOne',
        interface: 'internal',
        url: 'http://127.0.0.1:8774/v2.1',
      }),
    );
    scope.done();
  });

  it('explain walks the steps and succeeds through an alias', async () => {
    const scope = login();
    const run = await runStratus(
      ['--cloud', 't', 'catalog', 'explain', '--service-type', 'volumev3', '-f', 'json'],
      env,
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      ok: boolean;
      steps: { step: string }[];
      endpoint: { url: string };
    };
    expect(out.ok).toBe(true);
    expect(out.steps.map((s) => s.step)).toEqual(['type', 'name', 'region', 'interface', 'unique']);
    expect(out.endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:8776\/v3\//);
    scope.done();
  });

  it('explain on a wrong region says why, suggests RegionOne, exits 1', async () => {
    const scope = login();
    const run = await runStratus(
      ['--cloud', 't', 'catalog', 'explain', '--service-type', 'compute', '--region', 'regionone'],
      env,
      { cwd: root },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('region `regionone` not found; did you mean `RegionOne`?');
    expect(run.stdout).toMatch(/│ region\s+│ regionone\s+│ 3\s+│ 0/);
    scope.done();
  });
});
