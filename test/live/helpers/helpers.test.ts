import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { CleanupError, loadCloud, onCleanup, runCleanups, uniqueName } from './cloud.ts';

const dir = mkdtempSync(join(tmpdir(), 'stratus-live-helpers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withCloudsYaml(text: string, secure?: string): void {
  const file = join(dir, `clouds-${Math.random().toString(16).slice(2)}.yaml`);
  writeFileSync(file, text);
  process.env.OS_CLIENT_CONFIG_FILE = file;
  if (secure === undefined) {
    process.env.OS_CLIENT_SECURE_FILE = join(dir, 'absent-secure.yaml');
  } else {
    process.env.OS_CLIENT_SECURE_FILE = `${file}.secure.yaml`;
    writeFileSync(`${file}.secure.yaml`, secure);
  }
}

describe('loadCloud', () => {
  const saved = { config: process.env.OS_CLIENT_CONFIG_FILE, secure: process.env.OS_CLIENT_SECURE_FILE };
  afterAll(() => {
    for (const [key, value] of [
      ['OS_CLIENT_CONFIG_FILE', saved.config],
      ['OS_CLIENT_SECURE_FILE', saved.secure],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('parses a password cloud, merging secure.yaml, and hides the password from inspect and diffs', () => {
    withCloudsYaml(
      'clouds:\n  a:\n    region_name: R1\n    auth:\n      auth_url: http://k:5000/v3\n      username: u\n' +
        '      project_name: p\n      user_domain_name: Default\n',
      'clouds:\n  a:\n    auth:\n      password: pa55-word\n',
    );
    const cloud = loadCloud('a');
    expect(cloud.auth).toMatchObject({
      type: 'password',
      authUrl: 'http://k:5000/v3',
      username: 'u',
      projectName: 'p',
    });
    expect(cloud.auth.type === 'password' && cloud.auth.password).toBe('pa55-word');
    expect(cloud.regionName).toBe('R1');
    expect(inspect(cloud, { depth: 5 })).not.toContain('pa55-word');
    expect(JSON.stringify(cloud)).not.toContain('pa55-word');
  });

  it('parses an application-credential cloud', () => {
    withCloudsYaml(
      'clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: http://k/v3\n' +
        '      application_credential_id: abc\n      application_credential_secret: s3cr3t\n',
    );
    const cloud = loadCloud('ac');
    expect(cloud.auth).toEqual({
      type: 'v3applicationcredential',
      authUrl: 'http://k/v3',
      applicationCredentialId: 'abc',
    });
    expect(cloud.auth.type === 'v3applicationcredential' && cloud.auth.applicationCredentialSecret).toBe(
      's3cr3t',
    );
  });

  it('names the clouds the file has when the wanted one is missing', () => {
    withCloudsYaml('clouds:\n  one:\n    auth: {auth_url: x, username: u, password: p}\n');
    expect(() => loadCloud('two')).toThrow(/Cloud 'two' is not in .*\(it has: one\).*cloud:up/);
  });

  it('names the missing field', () => {
    withCloudsYaml('clouds:\n  one:\n    auth: {auth_url: x, username: u}\n');
    expect(() => loadCloud('one')).toThrow(ConfigurationError);
    expect(() => loadCloud('one')).toThrow(/\$\.clouds\.one\.auth\.password is missing/);
  });

  it('says how to get a clouds.yaml when there is none', () => {
    process.env.OS_CLIENT_CONFIG_FILE = join(dir, 'nope.yaml');
    expect(() => loadCloud('x')).toThrow(/No clouds.yaml at .*nope.yaml: start the local cloud/);
  });
});

describe('uniqueName', () => {
  it('gives distinct stratus-test-<area>-<hex> names', () => {
    const a = uniqueName('compute');
    expect(a).toMatch(/^stratus-test-compute-[0-9a-f]{8}$/);
    expect(uniqueName('compute')).not.toBe(a);
  });

  it('rejects an area that is not kebab-case', () => {
    expect(() => uniqueName('Compute Tests')).toThrow(/not a short kebab-case word/);
  });
});

describe('onCleanup', () => {
  const order: string[] = [];

  it('registers cleanups inside a test', () => {
    onCleanup(() => order.push('first'), 'first');
    onCleanup(async () => {
      await Promise.resolve();
      order.push('second');
    }, 'second');
    expect(order).toEqual([]);
  });

  it('ran them after the previous test, last registered first', () => {
    expect(order).toEqual(['second', 'first']);
  });

  it('runs every cleanup even when some fail, and reports all failures', async () => {
    const ran: string[] = [];
    onCleanup(() => ran.push('c'), 'c');
    onCleanup(() => {
      throw new Error('boom-b');
    }, 'server b');
    onCleanup(() => Promise.reject(new Error('boom-a')), 'network a');
    const failure = await runCleanups().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CleanupError);
    expect((failure as CleanupError).errors).toHaveLength(2);
    expect((failure as CleanupError).message).toMatch(/cleanup of network a failed: boom-a/);
    expect((failure as CleanupError).message).toMatch(/cleanup of server b failed: boom-b/);
    expect(ran).toEqual(['c']);
  });
});
