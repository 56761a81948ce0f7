/**
 * The portable deployment document (examples/portable-deployment.yaml) on the local OpenStack through the
 * facade's direct engine, with the OpenStack parameters: apply, a second apply with no mutating request, destroy
 * leaving nothing named after the deployment (the EC2 half: test/live/ec2/portable-document.test.ts).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import type { DeploymentDocument } from '../../../src/facade/document/types.ts';
import { type CountedEngines, countedEngines, osc, throwawayPublicKey } from './fixture.ts';

const deployment = `t-fd-portable-${randomBytes(3).toString('hex')}`;
const cidr = `10.${randomInt(100, 200)}.${randomInt(0, 250)}.0/24`;
let engines: CountedEngines;
let doc: DeploymentDocument;

async function named(): Promise<string[]> {
  const lists = await Promise.all(
    [
      ['server', 'list'],
      ['network', 'list'],
      ['subnet', 'list'],
      ['router', 'list'],
      ['security', 'group', 'list'],
      ['volume', 'list'],
      ['keypair', 'list'],
    ].map((args) => osc(args) as Promise<{ Name: string }[]>),
  );
  return lists
    .flat()
    .map((r) => r.Name)
    .filter((n) => n.startsWith(`${deployment}-`))
    .sort();
}

beforeAll(async () => {
  engines = await countedEngines();
  const text = (await readFile('examples/portable-deployment.yaml', 'utf8')).replace(
    'deployment: portable-web',
    `deployment: ${deployment}`,
  );
  doc = parseDocument(text, {
    parameters: {
      image: 'stratus-tiny',
      flavor: 'm1.nano',
      externalNetwork: 'public',
      cidr,
      publicKey: throwawayPublicKey(),
    },
  });
});

afterAll(async () => {
  await engines.engine('direct').destroy(deployment);
  await engines.close();
});

describe('the portable deployment document on OpenStack', () => {
  it('applies, re-applies with no mutating request, destroys leaving nothing', async () => {
    const applied = await engines.engine('direct').apply(doc);
    expect(applied.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(await named()).toEqual(
      ['data', 'key', 'net', 'router', 'subnet', 'web-sg', 'web1', 'web2']
        .map((n) => `${deployment}-${n}`)
        .sort(),
    );
    engines.counter.reset();
    const again = await engines.engine('direct').apply(doc);
    expect(again.ok).toBe(true);
    expect(engines.counter.mutating()).toEqual([]);
    const destroyed = await engines.engine('direct').destroy(doc);
    expect(destroyed.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(await named()).toEqual([]);
  });
});
