// `stratus server create … --wait` then `stratus server list -f json`, compared with the real `openstack server show`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectArray, expectObject, expectString } from '../../../src/shape/expect.ts';
import { CLOUD_NAMES, cloudsYamlPath, onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';

const run = promisify(execFile);
const env = { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };
const cloud = ['--os-cloud', CLOUD_NAMES.demo];

function stratus(...args: string[]) {
  return run(process.execPath, ['--conditions=source', 'src/cli/main.ts', ...cloud, ...args], { env });
}

function openstack(...args: string[]) {
  return run('openstack', [...cloud, ...args], { env });
}

describe('stratus server commands vs openstack server show', () => {
  it('create --wait, list -f json and openstack server show agree on id, status and addresses', async () => {
    const name = uniqueName('compute-cli');
    onCleanup(() => stratus('server', 'delete', name, '--wait').catch(() => undefined), `server ${name}`);
    const created = await stratus(
      'server',
      'create',
      name,
      '--image',
      SEED.image,
      '--flavor',
      'm1.tiny',
      '--network',
      SEED.privateNetwork,
      '--wait',
      '-f',
      'json',
    );
    expect(created.stderr).toMatch(new RegExp(`${name}: ACTIVE after \\d+s`));
    const shown = expectObject(JSON.parse(created.stdout), '$');
    expect(shown.status).toBe('ACTIVE');

    const listed = await stratus('server', 'list', '--name', `^${name}$`, '-f', 'json');
    const [row, ...rest] = expectArray(JSON.parse(listed.stdout), '$').map((r, i) =>
      expectObject(r, `$[${i}]`),
    );
    expect(rest).toEqual([]);
    const theirs = expectObject(
      JSON.parse((await openstack('server', 'show', name, '-f', 'json')).stdout),
      '$',
    );
    expect(row?.id).toBe(expectString(theirs.id, 'id'));
    expect(row?.status).toBe(theirs.status);
    expect(row?.networks).toEqual(theirs.addresses);
    expect(shown.addresses).toEqual(theirs.addresses);

    await stratus('server', 'stop', name, '--wait');
    const stopped = expectObject(
      JSON.parse((await openstack('server', 'show', name, '-f', 'json')).stdout),
      '$',
    );
    expect(stopped.status).toBe('SHUTOFF');
    const log = await stratus('server', 'console-log', name, '--lines', '1');
    expect(log.stdout).toContain('LAST LINE');
    await stratus('server', 'delete', name, '--wait');
    await expect(openstack('server', 'show', name)).rejects.toThrow(/No server with a name or ID/);
  });

  it('flavor, keypair, az and limits commands answer like the openstack CLI', async () => {
    const flavors = expectArray(JSON.parse((await stratus('flavor', 'list', '-f', 'json')).stdout), '$');
    const theirs = expectArray(JSON.parse((await openstack('flavor', 'list', '-f', 'json')).stdout), '$');
    expect(flavors.map((f) => expectObject(f, 'f').id).sort()).toEqual(
      theirs.map((f) => expectObject(f, 'f').ID).sort(),
    );

    const key = uniqueName('compute-cli-kp');
    onCleanup(() => stratus('keypair', 'delete', key).catch(() => undefined), `key pair ${key}`);
    const generated = await stratus('keypair', 'create', key);
    expect(generated.stdout).toMatch(/PRIVATE KEY/);
    const fp = expectObject(
      JSON.parse((await openstack('keypair', 'show', key, '-f', 'json')).stdout),
      '$',
    ).fingerprint;
    const ours = expectObject(JSON.parse((await stratus('keypair', 'show', key, '-f', 'json')).stdout), '$');
    expect(ours.fingerprint).toBe(fp);
    await stratus('keypair', 'delete', key);

    expect((await stratus('az', 'list')).stdout).toMatch(/nova\s+│ available/);
    const limits = expectArray(JSON.parse((await stratus('limits', 'show', '-f', 'json')).stdout), '$');
    expect(limits.map((l) => expectObject(l, 'l').name)).toContain('maxTotalInstances');
  });
});
