/**
 * The facade's CPI contract on the EC2 driver, live on moto through a recording proxy (the same scenarios the
 * OpenStack contract runs). With STRATUS_RECORD_EC2_FIXTURES=1 (`npm run fixtures:ec2`) each scenario's
 * requests and moto's answers are written to test/fixtures/ec2/facade/, which
 * test/integration/facade/ec2-contract.test.ts replays with nock. The capacity fault is injected by the proxy.
 */
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import type { OperationStatus } from '../../../src/facade/handles/types.ts';
import {
  CAPACITY_FAULT,
  type ContractFixture,
  type ContractInputs,
  type Exchange,
  SCENARIOS,
} from '../../helpers/ec2-contract.ts';
import { keepItems } from '../../helpers/xml-trim.ts';
import { throwawayPublicKey } from '../facade/fixture.ts';
import { credentials, ENDPOINT, localDriver } from './local-ec2.ts';
import { type RecordingProxy, recordingProxy } from './recording-proxy.ts';

const RECORD = process.env.STRATUS_RECORD_EC2_FIXTURES === '1';
const secrets = credentials();
const direct = localDriver();
let proxy: RecordingProxy;
let driver: ReturnType<typeof localDriver>;
let facade: Facade;
let inputs: ContractInputs;

/** Trims the big lists (every instance type, every image) to what a reader of the fixture needs. */
function trim(exchange: Exchange): Exchange {
  if (exchange.action === 'DescribeInstanceTypes')
    return {
      ...exchange,
      body: keepItems(exchange.body, 'instanceTypeSet', (i) => /<instanceType>t2\.(micro|nano)</.test(i)),
    };
  if (exchange.action === 'DescribeImages' && exchange.params['ImageId.1'] === undefined) {
    let kept = 0;
    return { ...exchange, body: keepItems(exchange.body, 'imagesSet', () => kept++ < 2) };
  }
  return exchange;
}

beforeAll(async () => {
  proxy = await recordingProxy(ENDPOINT);
  driver = localDriver({}, { endpoint: proxy.url, credentials: secrets });
  facade = createFacade(driver, { timeoutMs: 60_000, pollIntervalMs: 100, maxPollIntervalMs: 300 });
  const [image] = await Array.fromAsync(direct.listImages());
  const vpc = await direct.networking.createNetwork({ name: 't-ec2-contract-net' });
  await direct.networking.createSubnet({
    name: 't-ec2-contract-sub',
    networkId: vpc.id,
    cidr: '10.89.0.0/24',
  });
  inputs = {
    imageId: image?.id ?? '',
    networkId: vpc.id,
    staticIp: '10.89.0.214',
    publicKey: throwawayPublicKey(),
  };
});

afterAll(async () => {
  for await (const n of direct.listNodes())
    if (n.name.startsWith('t-ec2-contract')) await direct.destroyNode(n);
  for await (const v of direct.blockStorage.listVolumes())
    if (v.name.startsWith('t-ec2-contract'))
      await direct.blockStorage.deleteVolume(v.id).catch(() => undefined);
  for await (const p of direct.networking.listPorts({ networkId: inputs.networkId }))
    await direct.networking.deletePort(p.id).catch(() => undefined);
  for (const s of (await direct.networking.getNetwork(inputs.networkId))?.subnetIds ?? [])
    await direct.networking.deleteSubnet(s);
  await direct.networking.deleteNetwork(inputs.networkId);
  await Promise.all([proxy.close(), driver.close(), direct.close()]);
});

describe('facade CPI contract (EC2, live on moto)', () => {
  it.each(Object.keys(SCENARIOS))('%s', async (name) => {
    const scenario = SCENARIOS[name];
    if (scenario === undefined) throw new Error(name);
    proxy.begin(
      name === 'insufficient-capacity' ? { action: 'RunInstances', body: CAPACITY_FAULT } : undefined,
    );
    await scenario(facade, driver, inputs, { actions: () => proxy.peek().map((e) => e.action) });
    const exchanges = proxy.end().map(trim);
    if (name === 'small-disk') expect(exchanges).toEqual([]);
    else expect(exchanges.length).toBeGreaterThan(0);
    const fixture: ContractFixture = { scenario: name, inputs, exchanges };
    const text = `${JSON.stringify(fixture, null, 1)}\n`;
    for (const secret of [secrets.secretAccessKey, secrets.sessionToken, 'Signature=', 'AWS4-HMAC-SHA256'])
      expect(text).not.toContain(secret);
    if (RECORD) await writeFile(`test/fixtures/ec2/facade/${name}.json`, text);
  });

  it('start create/delete handles reach COMPLETE when polled by another facade', async () => {
    const settle = async (handle: string): Promise<OperationStatus> => {
      const poller = createFacade(driver);
      for (let i = 0; i < 120; i++) {
        const status = await poller.status(handle);
        if (status.state !== 'IN_PROGRESS') return status;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`still IN_PROGRESS: ${handle}`);
    };
    const created = await settle(
      await facade.cpi.startCreateVm({
        name: 't-ec2-contract-h',
        stemcell: inputs.imageId,
        instanceType: 't2.micro',
        networks: [{ network: inputs.networkId }],
      }),
    );
    expect(created.state).toBe('COMPLETE');
    const vm = created.topology.vm;
    if (vm === null || vm === undefined) throw new Error('no vm in the topology');
    expect(created.outputs.privateIp).toMatch(/^10\.89\.0\./);
    const removed = await settle(await facade.cpi.startDeleteVm(vm.id));
    expect(removed).toEqual({ state: 'COMPLETE', outputs: { vmId: vm.id }, topology: { vm: null } });
  });
});
