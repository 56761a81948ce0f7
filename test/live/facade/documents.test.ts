/**
 * Deployment documents live, with both engines, on the document (network, subnet, router to `public`,
 * security group, key pair, two servers, a volume attached to one, a floating IP, an adopted network): plan;
 * apply killed with SIGKILL at three points and re-run; outputs checked against the `openstack` CLI; exactly one
 * of each resource; a second apply sends no mutating request; a server deleted behind our back is recreated;
 * (stack) a locked server makes destroy fail with Heat's reason; destroy leaves nothing but the adopted network.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import type { DeploymentDocument } from '../../../src/facade/document/types.ts';
import { countByName, floatingIpsIn, killedApply, row, rows } from './documents-probes.ts';
import {
  type CountedEngines,
  countedEngines,
  liveDocument,
  osc,
  oscDo,
  throwawayPublicKey,
} from './fixture.ts';

describe.each(['direct', 'stack'] as const)('deployment documents live, %s engine', (engineName) => {
  const deployment = `t-fd-${engineName}-${randomBytes(3).toString('hex')}`;
  const prefix = `10.${randomInt(100, 200)}.${randomInt(0, 250)}.`;
  const adoptedName = `t-fd-adopted-${randomBytes(3).toString('hex')}`;
  let engines: CountedEngines;
  let text: string;
  let doc: DeploymentDocument;

  beforeAll(async () => {
    engines = await countedEngines();
    await osc(['network', 'create', adoptedName]);
    text = liveDocument(deployment, throwawayPublicKey(), `${prefix}0/24`).replace(
      'resources:\n',
      `resources:\n  adopted: {kind: network, managed: false, name: ${adoptedName}}\n`,
    );
    doc = parseDocument(text);
  });

  afterAll(async () => {
    await engines.engine(engineName).destroy(deployment);
    await oscDo(['network', 'delete', adoptedName]);
    await engines.close();
  });

  it('plans every managed resource as create without a mutating request', async () => {
    engines.counter.reset();
    const plan = await engines.engine(engineName).plan(doc);
    expect(engines.counter.mutating()).toEqual([]);
    expect(plan.ok).toBe(true);
    expect(
      plan.resources
        .filter((r) => r.action === 'create')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['data', 'fip', 'key', 'net', 'router', 'sg', 'subnet', 'web1', 'web2']);
    expect(
      plan.resources
        .filter((r) => r.action === 'observe')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['adopted', 'public']);
  });

  it('applies after three SIGKILLs at different points with exactly one of each resource, outputs as the CLI shows', async () => {
    // direct: the 3rd, 3rd and 2nd mutating request. stack: the 2nd request of each run: the stack POST on the
    // fresh deployment, then a poll or an output read. Once Heat has the stack, a re-run may need only two
    // requests (find, then read it COMPLETE), so a later kill point (3rd, 5th) was sometimes never reached.
    const kills = engineName === 'direct' ? [3, 3, 2] : [2, 2, 2];
    for (const at of kills) {
      const run = await killedApply(engineName, text, at);
      expect(run).toMatchObject({ killed: true });
    }
    const report = await engines.engine(engineName).apply(doc);
    expect(report.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(report.ok).toBe(true);
    const one = { data: 1, key: 1, net: 1, router: 1, sg: 1, subnet: 1, web1: 1, web2: 1 };
    expect(await countByName(deployment)).toEqual(one);
    expect(await floatingIpsIn(prefix)).toHaveLength(1);

    const web1 = await row(['server', 'show', `${deployment}-web1`]);
    const addresses = JSON.stringify(web1.addresses);
    expect(addresses).toContain(`"${report.outputs.web1_ip}"`);
    expect(addresses).toContain(`"${report.outputs.fip_address}"`);
    expect(JSON.stringify((await row(['server', 'show', `${deployment}-web2`])).addresses)).toContain(
      `"${report.outputs.web2_ip}"`,
    );
    expect((await row(['network', 'show', `${deployment}-net`])).id).toBe(report.outputs.net_id);
    const volume = await row(['volume', 'show', `${deployment}-data`]);
    expect(volume.id).toBe(report.outputs.volume_id);
    expect(JSON.stringify(volume.attachments)).toContain(String(web1.id));
    expect(report.outputs.subnet_cidr).toBe(`${prefix}0/24`);
  });

  it('sends no mutating request on a second apply', async () => {
    engines.counter.reset();
    const report = await engines.engine(engineName).apply(doc);
    expect(report.ok).toBe(true);
    expect(engines.counter.mutating()).toEqual([]);
    expect(
      report.resources
        .filter((r) => r.name !== 'public' && r.name !== 'adopted')
        .every((r) => r.action === 'keep'),
    ).toBe(true);
  });

  it('recreates a server deleted behind its back (reconcile)', async () => {
    const before = await row(['server', 'show', `${deployment}-web2`]);
    await oscDo(['server', 'delete', '--wait', String(before.id)]);
    const plan = await engines.engine(engineName).plan(doc);
    expect(plan.resources.find((r) => r.name === 'web2')?.action).toMatch(/^(create|replace)$/);
    const report = await engines.engine(engineName).apply(doc);
    expect(report.ok).toBe(true);
    const after = await rows(['server', 'list', '--name', `^${deployment}-web2$`]);
    expect(after).toHaveLength(1);
    expect(after[0]?.ID).not.toBe(before.id);
    expect(after[0]?.Status).toBe('ACTIVE');
  });

  it.runIf(engineName === 'stack')(
    "reports a DELETE_FAILED stack (locked server) as a failure with Heat's reason",
    async () => {
      // web2, not web1: Heat waits (until the stack timeout) for a volume detach from a locked server, but fails a
      // locked server's delete at once.
      await oscDo(['server', 'lock', `${deployment}-web2`]);
      try {
        const report = await engines.engine(engineName).destroy(doc);
        expect(report.ok).toBe(false);
        expect(report.resources[0]?.error).toMatch(/DELETE_FAILED: .*lock/i);
      } finally {
        await oscDo(['server', 'unlock', `${deployment}-web2`]);
      }
    },
  );

  it('destroys everything it owns, idempotently, and leaves adopted resources alone', async () => {
    const report = await engines.engine(engineName).destroy(doc);
    expect(report.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await countByName(deployment)).toEqual({});
    expect(await floatingIpsIn(prefix)).toEqual([]);
    expect((await row(['network', 'show', adoptedName])).name).toBe(adoptedName);
    expect((await row(['network', 'show', 'public'])).name).toBe('public');
    const again = await engines.engine(engineName).destroy(doc);
    expect(again.ok).toBe(true);
    expect(again.resources).toEqual([]);
  });
});
