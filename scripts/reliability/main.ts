// `npm run reliability`: the fault suite. Prints a table and exits non-zero when any row regressed.
//   --bounded   CI size (1 seed × 100 idempotent calls, 2 lost-answer creates); default: a 0 % baseline of 100
//               calls, 3 seeds × 300 at 20 %, 3 creates; the facade's apply under 20 % faults: 1 seed bounded, 3
//               otherwise
//   --no-cloud  only the hostile answers (no OpenStack needed)
//   --scan DIR  also scan DIR (e.g. the live suite's logs) for secrets
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCloudsYaml } from '../../src/index.ts';
import { runDir } from './cloud.ts';
import { facadeApplyUnderFaults } from './facade-apply.ts';
import { facadeLostAnswer } from './facade-lost-answer.ts';
import { hostileAnswers } from './hostile.ts';
import { idempotentUnderFaults } from './idempotent.ts';
import { lostAnswerCreates } from './lost-answer.ts';
import { scanSecrets } from './secrets.ts';
import { formatTable, type Row } from './stats.ts';
import { tokenRevoked } from './token-revoked.ts';

const args = process.argv.slice(2);
const bounded = args.includes('--bounded');
const noCloud = args.includes('--no-cloud');
const scanIndex = args.indexOf('--scan');
const extraScan = scanIndex === -1 ? [] : args.slice(scanIndex + 1, scanIndex + 2);

async function knownSecrets(): Promise<string[]> {
  const file = process.env.OS_CLIENT_CONFIG_FILE || '/var/lib/os-harness/clouds.yaml';
  const secrets: string[] = [];
  for (const cloud of ['stratus-demo', 'stratus-admin', 'stratus-alt-demo', 'stratus-demo-appcred']) {
    try {
      const auth: object = (await fromCloudsYaml(cloud, { env: { OS_CLIENT_CONFIG_FILE: file } })).auth;
      const password: unknown = Reflect.get(auth, 'password');
      const credential: unknown = Reflect.get(auth, 'applicationCredential');
      if (typeof password === 'string') secrets.push(password);
      const secret: unknown =
        typeof credential === 'object' && credential ? Reflect.get(credential, 'secret') : undefined;
      if (typeof secret === 'string') secrets.push(secret);
    } catch {
      // A cloud this clouds.yaml does not have.
    }
  }
  return secrets;
}

async function main(): Promise<number> {
  const dir = runDir(mkdtempSync(join(tmpdir(), 'stratus-reliability-')));
  const rows: Row[] = [];
  const started = performance.now();
  const run = async (label: string, task: () => Promise<Row | Row[]>): Promise<void> => {
    try {
      const result = await task();
      rows.push(...(Array.isArray(result) ? result : [result]));
    } catch (error) {
      rows.push({ scenario: label, result: `crashed: ${String(error).slice(0, 200)}`, ok: false });
    }
    console.error(`… ${label} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  };
  await run('hostile answers', () => hostileAnswers(dir));
  const tokens: string[] = [];
  if (!noCloud) {
    if (!bounded) await run('baseline', () => idempotentUnderFaults(0, 100, dir, 0));
    const seeds = bounded ? [1] : [1, 2, 3];
    for (const seed of seeds) {
      await run(`idempotent seed ${seed}`, () => idempotentUnderFaults(seed, bounded ? 100 : 300, dir));
    }
    await run('lost-answer creates', () => lostAnswerCreates(bounded ? 2 : 3, dir));
    await run('token revoked', () => tokenRevoked(dir, tokens));
    await run('facade createVm, answer lost', () => facadeLostAnswer(dir));
    for (const seed of bounded ? [1] : [1, 2, 3]) {
      await run(`facade apply seed ${seed}`, () => facadeApplyUnderFaults(seed, 0.2, dir));
    }
    const secrets = [...(await knownSecrets()), ...tokens];
    rows.push(scanSecrets([dir.path, ...extraScan], secrets));
  }
  console.log(formatTable(rows));
  console.log(
    `\n${bounded ? 'bounded' : 'full'} run, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  rmSync(dir.path, { recursive: true, force: true });
  return rows.every((row) => row.ok) ? 0 : 1;
}

process.exitCode = await main();
