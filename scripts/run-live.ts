/**
 * `npm run test:live`: runs the live suite against the project's local OpenStack, bringing it up first when
 * it is not running, or against another cloud when `OS_CLIENT_CONFIG_FILE` is set.
 *
 *   npm run test:live                          local cloud (started if needed), vitest --project live
 *   npm run test:live -- test/live/smoke       extra arguments go to vitest
 *   OS_CLIENT_CONFIG_FILE=~/clouds.yaml OS_CLOUD=mycloud npm run test:live    another cloud; nothing started
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const localCloud = join(root, 'scripts', 'local-cloud');
const stateDir = process.env.STRATUS_CLOUD_STATE ?? '/var/lib/os-harness';

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function ensureLocalCloud(): string {
  const cloudsYaml = join(stateDir, 'clouds.yaml');
  const status = run(join(localCloud, 'status'), ['--quiet']);
  if (status === 0 && existsSync(cloudsYaml)) {
    console.log(`test:live: local cloud is running (${cloudsYaml})`);
    return readable(cloudsYaml);
  }
  if (process.getuid?.() !== 0) {
    console.error(
      'test:live: the local cloud is not running and starting it needs root: run `sudo npm run cloud:up` once, ' +
        'or point the suite at another cloud with OS_CLIENT_CONFIG_FILE (and OS_CLOUD)',
    );
    process.exit(2);
  }
  const started = performance.now();
  console.log('test:live: local cloud not (fully) running: scripts/local-cloud/up');
  if (run(join(localCloud, 'up'), []) !== 0) {
    console.error(`test:live: cloud:up failed; logs are in ${join(stateDir, 'log')}`);
    process.exit(1);
  }
  console.log(`test:live: cloud up in ${seconds(started)}`);
  return readable(cloudsYaml);
}

function readable(cloudsYaml: string): string {
  try {
    accessSync(cloudsYaml, constants.R_OK);
  } catch {
    console.error(
      `test:live: ${cloudsYaml} is root's (mode 0600). Give yourself a private copy and point the suite at it:\n` +
        `  sudo install -m 600 -o "$(id -u)" ${cloudsYaml} ~/.stratus-clouds.yaml\n` +
        '  OS_CLIENT_CONFIG_FILE=~/.stratus-clouds.yaml npm run test:live',
    );
    process.exit(2);
  }
  return cloudsYaml;
}

function main(): void {
  const own = process.env.OS_CLIENT_CONFIG_FILE;
  const cloudsYaml = own !== undefined && own !== '' ? own : ensureLocalCloud();
  if (own)
    console.log(
      `test:live: using OS_CLIENT_CONFIG_FILE=${own}${process.env.OS_CLOUD ? ` OS_CLOUD=${process.env.OS_CLOUD}` : ''}`,
    );
  const started = performance.now();
  const vitest = join(root, 'node_modules', '.bin', 'vitest');
  const code = run(vitest, ['run', '--project', 'live', ...process.argv.slice(2)], {
    ...process.env,
    OS_CLIENT_CONFIG_FILE: cloudsYaml,
  });
  console.log(
    `test:live: live suite ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds(started)}`,
  );
  process.exit(code);
}

main();
