/**
 * The portable deployment document (examples/portable-deployment.yaml) on the local EC2 through the facade's
 * direct engine: apply makes one of each resource, a second apply sends no mutating request, destroy leaves
 * nothing that carries the deployment's mark (the OpenStack half runs the same file with its own parameters).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import type { DeploymentDocument } from '../../../src/facade/document/types.ts';
import { throwawayPublicKey } from '../facade/fixture.ts';
import { actionRecorder, localDriver } from './local-ec2.ts';
import { marked } from './marked.ts';

const recorder = actionRecorder();
const driver = localDriver({ dispatcher: recorder.dispatcher });
const deployment = `t-ec2-doc-${randomBytes(3).toString('hex')}`;
let facade: Facade;
let doc: DeploymentDocument;

beforeAll(async () => {
  const [image] = await Array.fromAsync(driver.listImages());
  const text = (await readFile('examples/portable-deployment.yaml', 'utf8')).replace(
    'deployment: portable-web',
    `deployment: ${deployment}`,
  );
  doc = parseDocument(text, {
    parameters: {
      image: image?.id ?? '',
      flavor: 't2.micro',
      externalNetwork: 'amazon',
      cidr: '10.87.1.0/24',
      publicKey: throwawayPublicKey(),
    },
  });
  facade = createFacade(driver, { timeoutMs: 120_000, pollIntervalMs: 100, maxPollIntervalMs: 500 });
});

afterAll(async () => {
  await facade.destroy(deployment);
  await driver.close();
});

describe('the portable deployment document on EC2', () => {
  it('applies: one of each resource, outputs that match EC2, every mark written in its create call', async () => {
    recorder.log.reset();
    const report = await facade.apply(doc);
    // TagSpecification carries the marks: no separate CreateTags that a crash could cut off
    expect(recorder.log.actions.filter((a) => a === 'CreateTags')).toEqual([]);
    expect(report.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(report.ok).toBe(true);
    const web1 = (await Array.fromAsync(driver.listNodes())).filter((n) => n.name === `${deployment}-web1`);
    expect(web1).toHaveLength(1);
    expect(report.outputs.web1_private_ip).toBe(web1[0]?.privateIps[0]);
    expect(report.outputs.subnet_cidr).toBe('10.87.1.0/24');
    const ip = (await Array.fromAsync(driver.floatingIps.listFloatingIps())).find(
      (f) => f.address === report.outputs.public_ip,
    );
    const [web1Port] = await Array.fromAsync(driver.networking.listPorts({ deviceId: web1[0]?.id ?? '' }));
    expect(ip?.portId).toBe(web1Port?.id);
    const volume = await driver.blockStorage.getVolume(String(report.outputs.data_volume));
    expect(volume?.attachments.map((a) => a.nodeId)).toEqual([web1[0]?.id]);
    const vpc = await driver.networking.getNetwork(String(report.outputs.network_id));
    expect(vpc?.name).toBe(`${deployment}-net`);
    // web1, web2, data, key (name-marked: not tagged), net, subnet, web-sg, router, web-ip
    expect((await marked(driver, deployment)).length).toBe(8);
  });

  it('re-applies with no mutating request', async () => {
    recorder.log.reset();
    const report = await facade.apply(doc);
    expect(report.ok).toBe(true);
    expect(recorder.log.mutating()).toEqual([]);
    expect(recorder.log.actions.length).toBeGreaterThan(0);
    expect(report.resources.filter((r) => r.name !== 'public').every((r) => r.action === 'keep')).toBe(true);
  });

  it('destroys, leaving nothing with the deployment mark, and a second destroy does nothing', async () => {
    const report = await facade.destroy(doc);
    expect(report.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await marked(driver, deployment)).toEqual([]);
    expect(await driver.getKeyPair(`${deployment}-key`)).toBeUndefined();
    recorder.log.reset();
    const again = await facade.destroy(doc);
    expect(again.ok).toBe(true);
    expect(again.resources).toEqual([]);
    expect(recorder.log.mutating()).toEqual([]);
  });
});
