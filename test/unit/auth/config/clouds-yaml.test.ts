import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromCloudsYaml, listClouds } from '../../../../src/auth/config/clouds-yaml.ts';
import { ConfigurationError } from '../../../../src/errors/configuration-error.ts';

let root: string;
let cwd: string;
let home: string;

function write(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const CLOUDS = `
clouds:
  alpha:
    auth:
      auth_url: https://keystone.alpha:5000/v3
      username: demo
      project-name: demo
      user_domain_name: Default
      project_domain_id: default
    region_name: RegionOne
    interface: internal
    cacert: /etc/ssl/alpha.pem
    api_timeout: 30
    block_storage_endpoint_override: https://cinder.alpha/v3/abc
  beta:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.beta/identity
      application_credential_id: ac1
      application_credential_secret: s3cr3t-app
`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-clouds-'));
  cwd = join(root, 'work');
  home = join(root, 'home');
  mkdirSync(cwd, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fromCloudsYaml', () => {
  it('reads ~/.config/openstack/clouds.yaml and merges secure.yaml', async () => {
    write(join(home, '.config/openstack/clouds.yaml'), CLOUDS);
    write(
      join(home, '.config/openstack/secure.yaml'),
      'clouds:\n  alpha:\n    auth:\n      password: pa55word\n',
    );
    const options = await fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home });
    expect(options.auth).toMatchObject({
      method: '3.x_password',
      authUrl: 'https://keystone.alpha:5000/v3',
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'pa55word',
      scope: { project: { name: 'demo', domain: { id: 'default' } } },
    });
    expect(options).toMatchObject({ region: 'RegionOne', interface: 'internal', cloud: 'alpha' });
    expect(options.endpointOverrides).toEqual({ 'block-storage': 'https://cinder.alpha/v3/abc' });
    expect(options.transport).toMatchObject({ timeoutMs: 30_000, tls: { ca: '/etc/ssl/alpha.pem' } });
    expect(options.origin).toContain('secure.yaml');
  });

  it('secure.yaml wins over clouds.yaml, and overrides (the --os-* flags) win over both', async () => {
    write(
      join(cwd, 'clouds.yaml'),
      CLOUDS.replace('username: demo', 'username: demo\n      password: in-clouds'),
    );
    write(join(cwd, 'secure.yaml'), 'clouds:\n  alpha:\n    auth:\n      password: in-secure\n');
    const merged = await fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home });
    expect(merged.auth).toMatchObject({ password: 'in-secure' });
    expect(merged.region).toBe('RegionOne');
    const overrides = { region_name: 'RegionTwo', auth: { password: 'from-flag' } };
    const flagged = await fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home, overrides });
    expect(flagged.auth).toMatchObject({ password: 'from-flag', user: { name: 'demo' } });
    expect(flagged.region).toBe('RegionTwo');
    expect(flagged.origin).toBe(
      `${join(cwd, 'clouds.yaml')} (cloud \`alpha\`, with ${join(cwd, 'secure.yaml')}, with overrides such as --os-* flags)`,
    );
    await expect(
      fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home, overrides: { interface: 'nope' } }),
    ).rejects.toThrow(
      '(cloud `alpha`, with ' +
        join(cwd, 'secure.yaml') +
        ', with overrides such as --os-* flags) must be public',
    );
  });

  it('never shows the password in inspect or JSON', async () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    write(join(cwd, 'secure.yaml'), 'clouds:\n  alpha:\n    auth:\n      password: pa55word\n');
    const options = await fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home });
    expect(inspect(options, { depth: 5 })).not.toContain('pa55word');
    expect(JSON.stringify(options)).not.toContain('pa55word');
  });

  it('OS_CLIENT_CONFIG_FILE comes first and OS_CLOUD picks the cloud', async () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  other: {}\n');
    const file = write(join(root, 'elsewhere.yaml'), CLOUDS);
    const options = await fromCloudsYaml(undefined, {
      env: { OS_CLIENT_CONFIG_FILE: file, OS_CLOUD: 'beta' },
      cwd,
      homeDir: home,
    });
    expect(options.auth).toEqual({
      method: '3.x_appcred',
      authUrl: 'https://keystone.beta/identity',
      applicationCredential: { id: 'ac1', secret: 's3cr3t-app' },
    });
  });

  it('an unknown cloud names the file and the clouds it has', async () => {
    const file = write(join(cwd, 'clouds.yaml'), CLOUDS);
    await expect(fromCloudsYaml('gamma', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      `Cloud \`gamma\` is not defined in ${file}; it defines: alpha, beta`,
    );
  });

  it('a missing password names the key and the file', async () => {
    const file = write(join(cwd, 'clouds.yaml'), CLOUDS);
    const error = await fromCloudsYaml('alpha', { env: {}, cwd, homeDir: home }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain(`\`auth.password\` (OS_PASSWORD, --os-password) is missing in ${file}`);
  });

  it('invalid YAML and unknown auth_type are ConfigurationErrors naming the file', async () => {
    write(join(cwd, 'clouds.yaml'), 'clouds: [unclosed');
    await expect(fromCloudsYaml('a', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      /clouds.yaml is not valid YAML/,
    );
    write(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  a:\n    auth_type: kerberos\n    auth: { auth_url: https://k }\n',
    );
    await expect(fromCloudsYaml('a', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      /`auth_type` "kerberos"/,
    );
  });

  it('no file at all lists where it looked', async () => {
    await expect(fromCloudsYaml('a', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      /No clouds.yaml found; looked in: /,
    );
  });

  it('no file at all says how to fix it, and names an OS_CLIENT_CONFIG_FILE that does not exist', async () => {
    const missing = join(root, 'typo.yaml');
    const error = await fromCloudsYaml('a', {
      env: { OS_CLIENT_CONFIG_FILE: missing },
      cwd,
      homeDir: home,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain(`OS_CLIENT_CONFIG_FILE names ${missing}, which does not exist.`);
    expect(String(error)).toContain(`Create ${join(home, '.config/openstack/clouds.yaml')} (or point`);
    const plain = await fromCloudsYaml('a', { env: {}, cwd, homeDir: home }).catch((e: unknown) => e);
    expect(String(plain)).not.toContain('OS_CLIENT_CONFIG_FILE names');
  });

  it('an unreadable clouds.yaml names the file and the reason', async () => {
    mkdirSync(join(cwd, 'clouds.yaml'), { recursive: true });
    await expect(fromCloudsYaml('a', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      `Cannot read ${join(cwd, 'clouds.yaml')} (EISDIR): check that it is a file you may read`,
    );
  });

  it('v2 password when identity_api_version is 2', async () => {
    write(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  old:\n    identity_api_version: 2\n    auth: { auth_url: https://k/v2.0, username: u, password: p, tenant_name: t }\n',
    );
    const options = await fromCloudsYaml('old', { env: {}, cwd, homeDir: home });
    expect(options.auth).toEqual({
      method: '2.0_password',
      authUrl: 'https://k/v2.0',
      username: 'u',
      password: 'p',
      tenant: { name: 't' },
    });
  });
});

describe('listClouds', () => {
  it('lists clouds of every file and marks the file in use', async () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    write(join(home, '.config/openstack/clouds.yaml'), 'clouds:\n  gamma: { region_name: R2 }\n');
    const clouds = await listClouds({ env: {}, cwd, homeDir: home });
    expect(clouds.map((c) => [c.name, c.active])).toEqual([
      ['alpha', true],
      ['beta', true],
      ['gamma', false],
    ]);
    expect(clouds[0]).toMatchObject({
      file: join(cwd, 'clouds.yaml'),
      authUrl: 'https://keystone.alpha:5000/v3',
    });
  });
});

describe('vendor profiles', () => {
  it('a profile without auth_url says what to add', async () => {
    write(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  v:\n    profile: vexxhost\n    auth: { username: u, password: p }\n',
    );
    await expect(fromCloudsYaml('v', { env: {}, cwd, homeDir: home })).rejects.toThrow(
      /uses the vendor profile `vexxhost`, which Stratus does not read: add `auth.auth_url`/,
    );
  });
});
