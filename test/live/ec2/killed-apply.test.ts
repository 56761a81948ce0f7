/**
 * Crashes lose nothing, on EC2 too: the portable deployment document is applied in a child process that is
 * SIGKILLed at its 3rd mutating request, three times over; the next apply finishes the job with exactly one live
 * resource per document resource (told by mark, or by deterministic name where a kill fell between a create and
 * its mark), a second apply changes nothing, and destroy leaves nothing.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createFacade } from '../../../src/facade/create-facade.ts';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import { throwawayPublicKey } from '../facade/fixture.ts';
import { actionRecorder, localDriver } from './local-ec2.ts';
import { markedByResource, ownedByResource } from './marked.ts';

const recorder = actionRecorder();
const driver = localDriver({ dispatcher: recorder.dispatcher });
const deployment = `t-ec2-kill-${randomBytes(3).toString('hex')}`;
const facade = createFacade(driver, { timeoutMs: 120_000, pollIntervalMs: 100, maxPollIntervalMs: 500 });
const MUTATING = /^REQ (?!Describe|Get|List)/;

/** Runs an apply in a child and SIGKILLs it as it dispatches its `killAt`-th mutating request. */
function killedApply(input: string, killAt: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', 'test/live/ec2/apply-child.ts'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let mutating = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      mutating += lines.filter((l) => MUTATING.test(l)).length;
      if (mutating >= killAt && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL' }));
    child.stdin.end(input);
  });
}

afterAll(async () => {
  await facade.destroy(deployment);
  await driver.close();
});

describe('apply on EC2 killed with SIGKILL', () => {
  it('three kills, then one apply: exactly one of each resource; re-apply changes nothing; destroy leaves nothing', async () => {
    const [image] = await Array.fromAsync(driver.listImages());
    const text = (await readFile('examples/portable-deployment.yaml', 'utf8')).replace(
      'deployment: portable-web',
      `deployment: ${deployment}`,
    );
    const parameters = {
      image: image?.id ?? '',
      flavor: 't2.micro',
      externalNetwork: 'amazon',
      cidr: '10.88.1.0/24',
      publicKey: throwawayPublicKey(),
    };
    for (let run = 0; run < 3; run++) {
      expect(await killedApply(JSON.stringify({ text, parameters }), 3)).toEqual({ killed: true });
    }
    const partial = await ownedByResource(driver, deployment);
    expect(Object.keys(partial).length).toBeGreaterThan(0);
    const doc = parseDocument(text, { parameters });
    const report = await facade.apply(doc);
    expect(report.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(report.ok).toBe(true);
    // by mark or, for an object whose mark a kill cut off, by its deterministic name (as the facade tells)
    const live = await ownedByResource(driver, deployment);
    // web1, web2, data, net, subnet, web-sg, router, web-ip (the key pair is marked by its name)
    expect(Object.keys(live).sort()).toEqual([
      'data',
      'net',
      'router',
      'subnet',
      'web-ip',
      'web-sg',
      'web1',
      'web2',
    ]);
    expect(Object.values(live).every((ids) => ids.length === 1)).toBe(true);
    // every object carries its mark: EC2 writes it in the create call, so no kill can leave one unmarked
    expect(Object.keys(await markedByResource(driver, deployment)).sort()).toEqual(Object.keys(live).sort());
    const nodes = (await Array.fromAsync(driver.listNodes())).filter((n) =>
      n.name.startsWith(`${deployment}-`),
    );
    expect(nodes.map((n) => n.name).sort()).toEqual([`${deployment}-web1`, `${deployment}-web2`]);
    recorder.log.reset();
    expect((await facade.apply(doc)).ok).toBe(true);
    expect(recorder.log.mutating()).toEqual([]);
    expect((await facade.destroy(doc)).ok).toBe(true);
    expect(await ownedByResource(driver, deployment)).toEqual({});
  });
});
