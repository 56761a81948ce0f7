// BOSH create_vm when Nova acted but its answer was lost (the fault proxy drops every POST answer): without
// reconcile the VM it made is removed and the error says a retry is safe; with reconcile it is adopted. Either
// way there is never a second VM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { createFacade } from '../../../src/facade/create-facade.ts';
import { FacadeOperationError } from '../../../src/facade/failure/facade-error.ts';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { defaultCloudName, loadCloud, SEED } from '../helpers/cloud.ts';
import { authOptionsFor, openSession } from '../helpers/session.ts';

const prefix = `t-cpi-lost-${process.pid}`;
let proxy: FaultProxy;
let lossySession: OpenStackSession;
let cleanSession: OpenStackSession;
let clean: OpenStackNodeDriver;

beforeAll(async () => {
  proxy = await startFaultProxy('http://127.0.0.1:8774', {
    rate: 1,
    kinds: ['lose-answer'],
    seed: 3,
    methods: ['POST'],
  });
  const cloud = loadCloud(defaultCloudName());
  lossySession = createSession({
    auth: authOptionsFor(cloud),
    region: cloud.regionName,
    endpointOverrides: { compute: `${proxy.url}/v2.1` },
    transport: { timeoutMs: 120_000 },
  });
  cleanSession = openSession();
  clean = new OpenStackNodeDriver({ session: cleanSession });
});

afterAll(async () => {
  for await (const node of clean.listNodes()) {
    if (node.name.startsWith(prefix)) await createFacade(clean).cpi.deleteVm(node.id);
  }
  await lossySession.close();
  await cleanSession.close();
  await proxy.close();
});

async function named(name: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const node of clean.listNodes()) if (node.name === name) ids.push(node.id);
  return ids;
}

describe('facade createVm with a lost answer', () => {
  const vm = (name: string, reconcile: boolean) => ({
    name,
    stemcell: SEED.image,
    instanceType: 'm1.nano',
    networks: [{ network: SEED.privateNetwork }],
    reconcile,
    timeoutMs: 180_000,
  });

  it('without reconcile: removes the VM Nova made and says a retry is safe', async () => {
    const facade = createFacade(new OpenStackNodeDriver({ session: lossySession }), { pollIntervalMs: 500 });
    const name = `${prefix}-plain`;
    const error: unknown = await facade.cpi.createVm(vm(name, false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FacadeOperationError);
    expect(error).toMatchObject({ retrySafe: true, leftBehind: [] });
    expect((error as Error).message).toMatch(/outcome|unknown/i);
    expect(await named(name)).toEqual([]);
  });

  it('with reconcile: adopts the VM Nova made, and a retry adopts it again (one VM in all)', async () => {
    const facade = createFacade(new OpenStackNodeDriver({ session: lossySession }), { pollIntervalMs: 500 });
    const name = `${prefix}-adopt`;
    const first = await facade.cpi.createVm(vm(name, true));
    expect(await named(name)).toEqual([first.vmId]);
    const again = await createFacade(clean).cpi.createVm(vm(name, true));
    expect(again.vmId).toBe(first.vmId);
    expect(await named(name)).toEqual([first.vmId]);
    expect(proxy.injected['lose-answer']).toBeGreaterThanOrEqual(2);
  });
});
