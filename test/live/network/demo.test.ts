// `npm run demo` against the live cloud, then the real `openstack` CLI confirms it left nothing behind.
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cloudsYamlPath, defaultCloudName } from '../helpers/cloud.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const env = { ...process.env, OS_CLOUD: defaultCloudName(), OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };
const hasOpenstackCli = spawnSync('openstack', ['--version'], { stdio: 'ignore' }).status === 0;

const LISTS = [
  ['server', 'list'],
  ['network', 'list'],
  ['subnet', 'list'],
  ['router', 'list'],
  ['security', 'group', 'list'],
  ['port', 'list'],
  ['floating', 'ip', 'list', '--long'],
  ['volume', 'list'],
  ['volume', 'snapshot', 'list'],
  ['stack', 'list'],
  ['keypair', 'list'],
] as const;

describe('npm run demo', () => {
  it('tours the cloud, exits 0, and leaves nothing named with its prefix', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--conditions=source', join(ROOT, 'scripts', 'demo.ts')],
      {
        cwd: ROOT,
        env,
        timeout: 280_000,
      },
    );
    for (const step of [
      '1. Authenticate',
      '6. Boot a server',
      '7. A floating IP',
      '8. A volume',
      '9. A Heat stack',
    ]) {
      expect(stdout).toContain(step);
    }
    const prefix = /everything made is named (stratus-demo-[0-9a-f]{6})-/.exec(stdout)?.[1];
    expect(prefix).toBeDefined();
    expect(stdout).toContain(`nothing named ${prefix}-… is left on the cloud`);
    if (!hasOpenstackCli || prefix === undefined) return;
    for (const list of LISTS) {
      const { stdout: listed } = await run('openstack', ['--os-cloud', env.OS_CLOUD, ...list, '-f', 'json'], {
        env,
        timeout: 60_000,
      });
      expect(listed, `openstack ${list.join(' ')}`).not.toContain(prefix);
    }
  });
});
