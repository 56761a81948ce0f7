// Runs every program in examples/ against the live cloud as a user would: `node --conditions=source <file>`
// with OS_CLOUD and OS_CLIENT_CONFIG_FILE set, and checks what it prints.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cloudsYamlPath, defaultCloudName, SEED } from '../helpers/cloud.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');

async function example(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--conditions=source', join(ROOT, 'examples', file)], {
    cwd: ROOT,
    timeout: 280_000,
    env: {
      ...process.env,
      OS_CLOUD: defaultCloudName(),
      OS_CLIENT_CONFIG_FILE: cloudsYamlPath(),
      STRATUS_EXAMPLE_IMAGE: SEED.image,
      STRATUS_EXAMPLE_NETWORK: SEED.privateNetwork,
    },
  });
  return stdout;
}

describe('examples/ run against the local cloud', () => {
  it('auth-and-catalog.ts logs in and prints the catalog', async () => {
    const out = await example('auth-and-catalog.ts');
    expect(out).toMatch(/^logged in as \S+/m);
    expect(out).toMatch(/^compute endpoint: http/m);
  });

  it('servers.ts boots, waits for and deletes a server', async () => {
    const out = await example('servers.ts');
    expect(out).toMatch(/is running at \d+\.\d+\.\d+\.\d+/);
    expect(out).toMatch(/deleted/);
  });

  it('images.ts uploads and downloads the same bytes', async () => {
    const out = await example('images.ts');
    expect(out).toMatch(/active, 2097152 bytes/);
    expect(out).toContain('same size: true');
  });

  it('networks-and-floating-ips.ts routes a network and allocates a floating IP', async () => {
    const out = await example('networks-and-floating-ips.ts');
    expect(out).toContain(`floating IP pools: ${SEED.externalNetwork}`);
    expect(out).toMatch(/allocated 203\.0\.113\.\d+/);
    expect(out).toContain('removed the floating IP, router, subnet and network');
  });

  it('volumes.ts creates, extends, snapshots and deletes a volume', async () => {
    const out = await example('volumes.ts');
    expect(out).toContain('extended to 2 GiB');
    expect(out).toMatch(/volume \S+ deleted/);
  });

  it('stacks.ts creates a stack, reads its output and deletes it', async () => {
    const out = await example('stacks.ts');
    expect(out).toMatch(/^output word: "[A-Za-z0-9]{20}"$/m);
    expect(out).toMatch(/stack \S+ deleted/);
  });
});
