// The full life of one server on the local Nova, through the portable driver and its compute extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeState } from '../../../src/index.ts';
import { onCleanup, uniqueName } from '../helpers/cloud.ts';
import { type ComputeFixture, openCompute } from './fixture.ts';

const WAIT = { intervalMs: 500, maxIntervalMs: 2_000, timeoutMs: 120_000 };
let fx: ComputeFixture;

beforeAll(async () => {
  fx = await openCompute();
});
afterAll(async () => {
  await fx.session.close();
});

describe('server life on the local Nova', () => {
  it('create → ACTIVE → reboot → stop → start → lock → metadata → console → rebuild → resize/confirm → delete', async () => {
    const { driver } = fx;
    const nova = driver.ext.compute;
    const name = uniqueName('compute');
    const node = await driver.createNode({
      name,
      size: fx.tinyFlavorId,
      image: fx.imageId,
      networks: [{ networkId: fx.networkId }],
      metadata: { purpose: 'live-test' },
      adminPass: 'Live-Test-Pass-1',
      tags: ['stratus-live'],
    });
    onCleanup(async () => {
      await driver.destroyNode(node.id).catch(() => undefined);
      await driver.waitUntilDeleted(node.id, WAIT);
    }, `server ${name}`);
    expect(node.state).toBe(NodeState.PENDING);

    const seen: string[] = [];
    const [running] = await driver.waitUntilRunning(node, {
      ...WAIT,
      onProgress: (p) => seen.push(p.status),
    });
    expect(running?.state).toBe(NodeState.RUNNING);
    expect(running?.privateIps.length).toBeGreaterThan(0);
    expect(running?.extra.tags).toEqual(['stratus-live']);
    expect(seen.at(-1)).toBe(NodeState.RUNNING);

    await driver.rebootNode(node);
    await nova.waitForServerStatus(node.id, ['ACTIVE'], WAIT);

    await driver.stopNode(node);
    expect((await nova.waitForServerStatus(node.id, ['SHUTOFF'], WAIT))?.status).toBe('SHUTOFF');
    expect((await driver.getNode(node.id))?.state).toBe(NodeState.STOPPED);
    await driver.startNode(node);
    await driver.waitUntilRunning(node, WAIT);

    await nova.lockServer(node.id, 'live test');
    const locked = await nova.getServer(node.id);
    expect(locked.locked).toBe(true);
    expect(locked.lockedReason).toBe('live test');
    await nova.runServerAction(node.id, 'unlock');

    expect(await nova.setServerMetadata(node.id, { stage: 'two' })).toEqual({
      purpose: 'live-test',
      stage: 'two',
    });
    await nova.deleteServerMetadataItem(node.id, 'purpose');
    expect(await nova.getServerMetadata(node.id)).toEqual({ stage: 'two' });

    expect(await nova.getConsoleOutput(node.id, 2)).toContain('LAST LINE');

    const rebuilt = await nova.rebuildServer(node.id, { imageId: fx.imageId, name: `${name}-rebuilt` });
    expect(rebuilt.name).toBe(`${name}-rebuilt`);
    await nova.waitForServerStatus(node.id, ['ACTIVE'], WAIT);

    await nova.resizeServer(node.id, fx.smallFlavorId);
    await nova.waitForServerStatus(node.id, ['VERIFY_RESIZE'], WAIT);
    await nova.runServerAction(node.id, 'confirmResize');
    const resized = await nova.waitForServerStatus(node.id, ['ACTIVE'], WAIT);
    expect(resized?.flavor?.originalName).toBe('m1.small');

    await driver.destroyNode(node);
    await driver.waitUntilDeleted(node.id, WAIT);
    expect(await driver.getNode(node.id)).toBeUndefined();
  });
});
