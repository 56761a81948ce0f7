// The libcloud habit for the CLI: STRATUS_DEBUG / LIBCLOUD_DEBUG=<file> write a redacted transcript, as they
// do for the library; --debug writes to stderr and --debug=FILE to a file; a bare --debug takes no value.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../helpers/fixtures.ts';
import { freshTokenBody } from '../../helpers/keystone-token.ts';
import { runStratus } from '../../unit/cli/helpers.ts';
import { KEYSTONE, NOVA, NOVA_VERSION } from '../compute/harness.ts';

const TOKEN = 'gAAAAAcli-debug-secret-token';
const PASSWORD = 'cli-debug-password-not-printed';
const J = { 'Content-Type': 'application/json' };
let root: string;
let env: Record<string, string>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-cli-debug-'));
  const file = join(root, 'clouds.yaml');
  writeFileSync(
    file,
    `clouds:\n  t:\n    auth:\n      auth_url: ${KEYSTONE}/v3\n      username: demo\n      password: ${PASSWORD}\n` +
      '      user_domain_name: Default\n      project_name: demo\n      project_domain_name: Default\n' +
      '    region_name: RegionOne\n',
  );
  env = { OS_CLIENT_CONFIG_FILE: file, HOME: root };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function login(): nock.Scope {
  return nock(KEYSTONE)
    .post('/v3/auth/tokens')
    .reply(201, freshTokenBody(), { 'X-Subject-Token': TOKEN, ...J });
}

function servers(): nock.Scope {
  return nock(NOVA)
    .get('/v2.1')
    .reply(200, NOVA_VERSION, J)
    .get('/v2.1/servers/detail')
    .query(true)
    .reply(200, loadFixture('compute/servers/list') as nock.Body, J);
}

function expectRedacted(text: string, path: string): void {
  expect(text).toContain('curl');
  expect(text).toContain(path);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(PASSWORD);
}

describe('CLI debug transcripts', () => {
  it('STRATUS_DEBUG=<file> stratus catalog list writes a redacted transcript to the file', async () => {
    const scope = login();
    const file = join(root, 'stratus.log');
    const run = await runStratus(['--cloud', 't', 'catalog', 'list'], { ...env, STRATUS_DEBUG: file });
    expect(run.code).toBe(0);
    expectRedacted(readFileSync(file, 'utf8'), '/v3/auth/tokens');
    expect(run.stderr).toBe('');
    scope.done();
  });

  it('LIBCLOUD_DEBUG=<file> stratus server list writes a redacted transcript to the file', async () => {
    const scopes = [login(), servers()];
    const file = join(root, 'libcloud.log');
    const run = await runStratus(['--cloud', 't', 'server', 'list', '-f', 'json'], {
      ...env,
      LIBCLOUD_DEBUG: file,
    });
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expectRedacted(text, '/v2.1/servers/detail');
    expect(text).toContain('/v3/auth/tokens');
    for (const scope of scopes) scope.done();
  });

  it('--debug=FILE writes to the file, a bare --debug before the command writes to stderr', async () => {
    const scopes = [login(), login(), servers()];
    const file = join(root, 'flag.log');
    const toFile = await runStratus(['--cloud', 't', `--debug=${file}`, 'catalog', 'list'], env);
    expect(toFile.code).toBe(0);
    expectRedacted(readFileSync(file, 'utf8'), '/v3/auth/tokens');
    const toStderr = await runStratus(['--cloud', 't', '--debug', 'server', 'list'], env);
    expect(toStderr.code).toBe(0);
    expectRedacted(toStderr.stderr, '/v2.1/servers/detail');
    for (const scope of scopes) scope.done();
  });

  it('without the flag or the variables no transcript is written', async () => {
    const scope = login();
    const run = await runStratus(['--cloud', 't', 'catalog', 'list'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(existsSync(join(root, 'stratus.log'))).toBe(false);
    scope.done();
  });
});
