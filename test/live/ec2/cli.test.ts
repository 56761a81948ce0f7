import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/program.ts';
import { credentials, ENDPOINT, prefix } from './local-ec2.ts';

const keys = credentials();
const env = {
  AWS_ACCESS_KEY_ID: keys.accessKeyId,
  AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
  AWS_REGION: 'us-east-1',
};

async function stratus(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(['--provider', 'ec2', '--endpoint-url', ENDPOINT, ...args], {
    stdout,
    stderr,
    env,
  });
  return { code, out, err };
}

describe('stratus --provider ec2', () => {
  it('runs the portable server, flavor, image, keypair and volume commands', async () => {
    const name = prefix();
    const image = JSON.parse((await stratus('-f', 'json', 'image', 'list')).out) as { id: string }[];
    expect(image.length).toBeGreaterThan(0);
    const created = await stratus(
      '-f',
      'json',
      'server',
      'create',
      name,
      '--size',
      't2.micro',
      '--image',
      image[0]?.id ?? '',
      '--wait',
    );
    expect(created.code).toBe(0);
    const server = JSON.parse(created.out) as { id: string; state: string };
    expect(server.state).toBe('running');
    expect((await stratus('server', 'list')).out).toContain(name);
    expect((await stratus('server', 'stop', server.id)).code).toBe(0);
    expect(JSON.parse((await stratus('-f', 'json', 'server', 'show', server.id)).out)).toMatchObject({
      state: 'stopped',
    });
    const sizes = JSON.parse((await stratus('-f', 'json', 'size', 'list')).out) as { id: string }[];
    expect(sizes.map((s) => s.id)).toContain('t3.micro');
    expect((await stratus('keypair', 'create', `${name}-kp`)).out).toContain('PRIVATE KEY');
    expect((await stratus('keypair', 'delete', `${name}-kp`)).code).toBe(0);
    const volume = JSON.parse(
      (await stratus('-f', 'json', 'volume', 'create', `${name}-v`, '--size', '1')).out,
    ) as { id: string };
    expect((await stratus('volume', 'list')).out).toContain(volume.id);
    expect((await stratus('volume', 'delete', volume.id)).code).toBe(0);
    expect((await stratus('server', 'delete', server.id)).code).toBe(0);
    const gone = await stratus('server', 'show', server.id);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('No instance');
  });

  it('plans, applies, re-applies with nothing to do and destroys the portable document (deployment documents on EC2)', async () => {
    const [image] = JSON.parse((await stratus('-f', 'json', 'image', 'list')).out) as { id: string }[];
    const deployment = prefix();
    const args = [
      '-f',
      'examples/portable-deployment.yaml',
      '--parameter',
      `image=${image?.id ?? ''}`,
      '--parameter',
      'flavor=t2.micro',
      '--parameter',
      'externalNetwork=amazon',
    ];
    const doc = `deployment: ${deployment}\n`;
    const file = join(mkdtempSync(join(tmpdir(), 'stratus-ec2-doc-')), 'doc.yaml');
    writeFileSync(
      file,
      readFileSync('examples/portable-deployment.yaml', 'utf8').replace(/^deployment: .*\n/m, doc),
    );
    args[1] = file;
    const plan = await stratus('plan', ...args, '-f', 'json');
    expect(plan.code).toBe(0);
    expect(JSON.stringify(JSON.parse(plan.out))).toContain('"action":"create"');
    const apply = await stratus('apply', ...args, '-f', 'json');
    expect(apply.err).toContain('apply:');
    expect(apply.code).toBe(0);
    const again = JSON.parse((await stratus('apply', ...args, '-f', 'json')).out) as {
      ok: boolean;
      resources: { action: string }[];
    };
    expect(again.ok).toBe(true);
    expect(again.resources.map((r) => r.action).filter((a) => a !== 'keep' && a !== 'observe')).toEqual([]);
    expect((await stratus('destroy', ...args)).code).toBe(0);
    const after = JSON.parse((await stratus('plan', ...args, '-f', 'json')).out) as {
      resources: { action: string }[];
    };
    expect(after.resources.filter((r) => r.action === 'keep')).toEqual([]);
  }, 300_000);

  it('names the missing configuration', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await runCli(['--provider', 'ec2', 'server', 'list'], {
      stdout,
      stderr,
      env: {},
      homeDir: '/nonexistent',
    });
    expect(code).toBe(1);
    expect(err).toContain('ERR_CONFIGURATION');
  });
});
