// The services' CLI commands against the local cloud, run in-process as a user types them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStratus } from '../../unit/cli/helpers.ts';
import { cloudsYamlPath, defaultCloudName, onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';

const dir = mkdtempSync(join(tmpdir(), 'stratus-live-cli-'));
const env = { ...process.env, OS_CLOUD: defaultCloudName(), OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stratus(...args: string[]): Promise<string> {
  const run = await runStratus(args, env, { cwd: dir });
  if (run.code !== 0) throw new Error(`stratus ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

async function json(...args: string[]): Promise<Record<string, unknown>> {
  const parsed: unknown = JSON.parse(await stratus(...args, '-f', 'json'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('not a JSON object');
  return Object.fromEntries(Object.entries(parsed));
}

function later(...args: string[]): void {
  onCleanup(() => runStratus(args, env, { cwd: dir }), `stratus ${args.join(' ')}`);
}

describe('the services’ CLI on the local cloud', () => {
  it('builds a routed network, boots a server, attaches a floating IP and a volume, and takes them apart', async () => {
    const p = uniqueName('cli');
    later('network', 'delete', `${p}-net`);
    await stratus('network', 'create', `${p}-net`);
    later('subnet', 'delete', `${p}-sub`);
    await stratus('subnet', 'create', `${p}-sub`, '--network', `${p}-net`, '--subnet-range', '10.94.0.0/24');
    later('router', 'delete', `${p}-r`);
    await stratus('router', 'create', `${p}-r`, '--external-gateway', SEED.externalNetwork);
    later('router', 'remove', 'subnet', `${p}-r`, `${p}-sub`);
    await stratus('router', 'add', 'subnet', `${p}-r`, `${p}-sub`);
    expect(String((await json('router', 'show', `${p}-r`)).interfaces_info)).toContain('10.94.0.1');
    later('security', 'group', 'delete', `${p}-sg`);
    await stratus('security', 'group', 'create', `${p}-sg`);
    await stratus('security', 'group', 'rule', 'create', `${p}-sg`, '--protocol', 'tcp', '--dst-port', '22');
    expect(await stratus('security', 'group', 'rule', 'list', `${p}-sg`)).toContain('22:22');
    later('server', 'delete', `${p}-vm`, '--wait');
    await stratus(
      'server',
      'create',
      `${p}-vm`,
      '--image',
      SEED.image,
      '--flavor',
      SEED.flavors[0],
      '--network',
      `${p}-net`,
      '--network',
      SEED.privateNetwork,
      '--wait',
    );
    const fip = await json('floating', 'ip', 'create', SEED.externalNetwork);
    const address = String(fip.floating_ip_address);
    later('floating', 'ip', 'delete', address);
    const attached = await json(
      'floating',
      'ip',
      'set',
      address,
      '--server',
      `${p}-vm`,
      '--network',
      `${p}-net`,
    );
    expect(String(attached.fixed_ip_address)).toMatch(/^10\.94\.0\./);
    await stratus('floating', 'ip', 'unset', address, '--port');
    expect((await json('floating', 'ip', 'show', address)).port_id).toBeNull();
    later('volume', 'delete', `${p}-vol`, '--wait');
    await stratus('volume', 'create', `${p}-vol`, '--size', '1', '--wait');
    await stratus('server', 'add', 'volume', `${p}-vm`, `${p}-vol`, '--wait');
    expect((await json('volume', 'show', `${p}-vol`)).status).toBe('in-use');
    await stratus('server', 'remove', 'volume', `${p}-vm`, `${p}-vol`, '--wait');
    expect((await json('volume', 'show', `${p}-vol`)).status).toBe('available');
  });

  it('creates a stack from a template file, reads an output, and deletes it with --wait', async () => {
    const name = uniqueName('cli-stack');
    const template = join(dir, 'stack.yaml');
    writeFileSync(
      template,
      'heat_template_version: 2018-08-31\nparameters:\n  n: {type: number}\nresources:\n  w:\n' +
        '    type: OS::Heat::RandomString\n    properties: {length: {get_param: n}}\noutputs:\n' +
        '  w: {value: {get_attr: [w, value]}}\n',
    );
    later('stack', 'delete', name, '--wait', '-y');
    const created = await json('stack', 'create', name, '-t', template, '--parameter', 'n=11', '--wait');
    expect(created.stack_status).toBe('CREATE_COMPLETE');
    expect(String((await json('stack', 'output', 'show', name, 'w')).output_value)).toHaveLength(11);
    await stratus('stack', 'delete', name, '--wait', '-y');
    expect(await stratus('stack', 'list')).not.toContain(name);
  });

  it('uploads an image from a file with progress and saves it back byte for byte', async () => {
    const name = uniqueName('cli-image');
    const file = join(dir, 'disk.raw');
    writeFileSync(file, randomBytes(1024 * 1024 + 7));
    later('image', 'delete', name);
    const run = await runStratus(['image', 'create', name, '--file', file, '-f', 'json'], env, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('(100%)');
    const copy = join(dir, 'copy.raw');
    await stratus('image', 'save', name, '--file', copy);
    expect(readFileSync(copy).equals(readFileSync(file))).toBe(true);
  });
});
