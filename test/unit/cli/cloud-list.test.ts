import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStratus } from './helpers.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-cli-'));
  mkdirSync(join(root, 'home/.config/openstack'), { recursive: true });
  writeFileSync(
    join(root, 'clouds.yaml'),
    'clouds:\n  one:\n    auth: { auth_url: https://one/v3 }\n    region_name: R1\n',
  );
  writeFileSync(join(root, 'home/.config/openstack/clouds.yaml'), 'clouds:\n  two: {}\n');
  writeFileSync(join(root, 'secure.yaml'), 'clouds:\n  one:\n    auth: { password: hidden }\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('stratus cloud list', () => {
  it('lists clouds with their file, marking the one in use (json)', async () => {
    const run = await runStratus(
      ['cloud', 'list', '-f', 'json'],
      {},
      { cwd: root, homeDir: join(root, 'home') },
    );
    expect(run.code).toBe(0);
    const rows: unknown = JSON.parse(run.stdout);
    expect(rows).toEqual([
      {
        name: 'one',
        used: 'yes',
        file: join(root, 'clouds.yaml'),
        secureFile: join(root, 'secure.yaml'),
        authUrl: 'https://one/v3',
        region: 'R1',
      },
      {
        name: 'two',
        used: 'no (an earlier file wins)',
        file: join(root, 'home/.config/openstack/clouds.yaml'),
        secureFile: null,
        authUrl: null,
        region: null,
      },
    ]);
    expect(run.stdout).not.toContain('hidden');
  });

  it('prints a table by default', async () => {
    const run = await runStratus(['cloud', 'list'], {}, { cwd: root, homeDir: join(root, 'home') });
    expect(run.stdout).toMatch(/│ Name\s+│ Used/);
    expect(run.stdout).toContain('one');
  });

  it('with no clouds.yaml anywhere, says where it looked and how to fix it', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const run = await runStratus(['cloud', 'list', '-f', 'json'], {}, { cwd: empty, homeDir: empty });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toContain(`No clouds.yaml found; looked in: ${join(empty, 'clouds.yaml')}`);
    expect(run.stderr).toContain(`Create ${join(empty, '.config/openstack/clouds.yaml')} (or point`);
  });

  it('a session command without any cloud says how to pick one (exit 1)', async () => {
    const run = await runStratus(
      ['token', 'issue'],
      {},
      { cwd: join(root, 'home'), homeDir: join(root, 'home') },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error (ERR_CONFIGURATION): No cloud selected: pass --os-cloud <name>');
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    const run = await runStratus(['frobnicate'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });
});
