/**
 * The `stratus` command against the real cloud, compared with the real `openstack` CLI.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectArray, expectObject, expectString, optionalString } from '../../../src/shape/expect.ts';
import { CLOUD_NAMES, cloudsYamlPath } from '../helpers/cloud.ts';

const run = promisify(execFile);
const env = { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };

function stratus(...args: string[]) {
  return run(process.execPath, ['--conditions=source', 'src/cli/main.ts', ...args], { env });
}

function key(type: string, name: string | undefined, region: string | undefined, iface: string, url: string) {
  return [type, name ?? '', region ?? '', iface, url].join(' ');
}

describe('stratus catalog list vs openstack catalog list', () => {
  it('shows the same endpoints', async () => {
    const [ours, theirs] = await Promise.all([
      stratus('catalog', 'list', '--cloud', CLOUD_NAMES.admin, '-f', 'json'),
      run('openstack', ['--os-cloud', CLOUD_NAMES.admin, 'catalog', 'list', '-f', 'json'], { env }),
    ]);
    const mine = expectArray(JSON.parse(ours.stdout), '$').map((raw, i) => {
      const e = expectObject(raw, `$[${i}]`);
      return key(
        expectString(e.type, 'type'),
        optionalString(e.name, 'name'),
        optionalString(e.region, 'region'),
        expectString(e.interface, 'interface'),
        expectString(e.url, 'url'),
      );
    });
    const reference = expectArray(JSON.parse(theirs.stdout), '$').flatMap((raw, i) => {
      const service = expectObject(raw, `$[${i}]`);
      return expectArray(service.Endpoints, 'Endpoints').map((rawEndpoint) => {
        const e = expectObject(rawEndpoint, 'endpoint');
        return key(
          expectString(service.Type, 'Type'),
          optionalString(service.Name, 'Name'),
          optionalString(e.region_id, 'region_id'),
          expectString(e.interface, 'interface'),
          expectString(e.url, 'url'),
        );
      });
    });
    expect(mine.length).toBeGreaterThan(0);
    expect([...mine].sort()).toEqual([...reference].sort());
  });
});

describe('stratus catalog explain', () => {
  it('walks the real catalog and explains a wrong region', async () => {
    const ok = await stratus('--cloud', CLOUD_NAMES.demo, 'catalog', 'explain', '--service-type', 'volumev3');
    expect(ok.stdout).toContain('Selected: http://');
    const failed = await stratus(
      '--cloud',
      CLOUD_NAMES.demo,
      'catalog',
      'explain',
      '--service-type',
      'compute',
      '--region',
      'regionone',
    ).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect(String(expectObject(failed, '$').stdout)).toContain('did you mean `RegionOne`?');
  });

  it('token issue never prints the token', async () => {
    const { stdout } = await stratus('--cloud', CLOUD_NAMES.demo, 'token', 'issue', '-f', 'json');
    const record = expectObject(JSON.parse(stdout), '$');
    expect(record.project).toBe('demo');
    expect(expectString(record.id, '$.id')).toMatch(/^\{SHA256:[0-9a-f]{8}\}/);
    expect(stdout).not.toMatch(/gAAAA/);
  });
});
