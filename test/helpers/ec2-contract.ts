/**
 * The facade's CPI contract on EC2 as scenarios: each runs facade calls and asserts their outcome. The live
 * test runs them on moto (through a recording proxy) and can write what moto answered to
 * test/fixtures/ec2/facade/<scenario>.json; the integration test replays those answers with nock and asserts
 * the exact request sequence.
 */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Ec2NodeDriver } from '../../src/drivers/ec2/driver.ts';
import { DiskSizeError } from '../../src/facade/cpi/disk-size.ts';
import type { Facade } from '../../src/facade/create-facade.ts';
import { parseDocument } from '../../src/facade/document/parse.ts';
import { FacadeOperationError } from '../../src/facade/failure/facade-error.ts';

/** What the scenarios need from the cloud (made by the live test, stored with each fixture). */
export interface ContractInputs {
  /** An AMI id. */
  readonly imageId: string;
  /** A VPC with one subnet. */
  readonly networkId: string;
  /** A free address in that subnet. */
  readonly staticIp: string;
  /** The public key the document scenario imports. */
  readonly publicKey: string;
}

/** The actions a scenario's driver sent, to count mutations between two points. */
export interface ActionTally {
  /** @returns Every action sent so far. */
  readonly actions: () => readonly string[];
}

const MUTATING = (a: string) => !/^(Describe|Get|List)/.test(a);

/** One request and moto's answer (no headers: neither signatures nor credentials are ever recorded). */
export interface Exchange {
  /** The Query API action. */
  readonly action: string;
  /** Every form parameter but `Action` and `Version`. */
  readonly params: Readonly<Record<string, string>>;
  /** The HTTP status. */
  readonly status: number;
  /** The XML answer. */
  readonly body: string;
}

/** A recorded scenario. */
export interface ContractFixture {
  readonly scenario: string;
  readonly inputs: ContractInputs;
  readonly exchanges: readonly Exchange[];
}

/** A scenario: facade calls and assertions. */
export type Scenario = (
  facade: Facade,
  driver: Ec2NodeDriver,
  inputs: ContractInputs,
  tally: ActionTally,
) => Promise<void>;

/** The AWS error an EC2 answers when a zone has no room (moto never does; the recording proxy injects it). */
export const CAPACITY_FAULT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InsufficientInstanceCapacity</Code>' +
  '<Message>We currently do not have sufficient t2.micro capacity in the Availability Zone you requested.</Message>' +
  '</Error></Errors><RequestID>c0ffee00-0000-4000-8000-000000000000</RequestID></Response>';

const failure = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FacadeOperationError);
  return error as FacadeOperationError;
};

/** Every scenario by name (the fixture file names). */
export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'missing-flavor': async (facade, _driver, inputs) => {
    const error = await failure(
      facade.cpi.createVm({
        name: 't-ec2-contract-missing',
        stemcell: inputs.imageId,
        instanceType: 'no.such-type',
      }),
    );
    expect(error.failureCode).toBe('RESOURCE_NOT_FOUND');
    expect(error.retrySafe).toBe(true);
    expect(error.message).toContain('"no.such-type" does not exist');
  },
  'insufficient-capacity': async (facade, _driver, inputs) => {
    const error = await failure(
      facade.cpi.createVm({
        name: 't-ec2-contract-full',
        stemcell: inputs.imageId,
        instanceType: 't2.micro',
      }),
    );
    expect(error.failureCode).toBe('INSUFFICIENT_CAPACITY');
    expect(error.retrySafe).toBe(true);
    expect(error.message).toContain('InsufficientInstanceCapacity');
  },
  absent: async (facade) => {
    expect(await facade.cpi.deleteVm('i-0000000000000000f')).toEqual({
      outcome: 'absent',
      id: 'i-0000000000000000f',
    });
    expect(await facade.cpi.deleteDisk('vol-0000000000000000f')).toEqual({
      outcome: 'absent',
      id: 'vol-0000000000000000f',
    });
    expect(await facade.cpi.deleteSnapshot('snap-0000000000000000f')).toEqual({
      outcome: 'absent',
      id: 'snap-0000000000000000f',
    });
    expect(await facade.cpi.hasVm('i-0000000000000000f')).toBe(false);
    expect(await facade.cpi.hasDisk('vol-0000000000000000f')).toBe(false);
  },
  'small-disk': async (facade) => {
    const error = await facade.cpi.createDisk({ sizeMiB: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskSizeError);
    expect((error as Error).message).toContain('1024 MiB');
  },
  document: async (facade, _driver, inputs, tally) => {
    const text = (await readFile('examples/portable-deployment.yaml', 'utf8'))
      .replace('deployment: portable-web', 'deployment: t-ec2-contract-doc')
      .replace('concurrency: 4', 'concurrency: 1'); // one request at a time: a replayable order
    const parameters = {
      image: inputs.imageId,
      flavor: 't2.micro',
      externalNetwork: 'amazon',
      cidr: '10.90.1.0/24',
    };
    const doc = parseDocument(text, { parameters: { ...parameters, publicKey: inputs.publicKey } });
    const applied = await facade.apply(doc);
    expect(applied.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(applied.outputs.subnet_cidr).toBe('10.90.1.0/24');
    const before = tally.actions().length;
    const again = await facade.apply(doc);
    expect(again.ok).toBe(true);
    expect(tally.actions().slice(before).filter(MUTATING)).toEqual([]);
    const destroyed = await facade.destroy(doc);
    expect(destroyed.resources.filter((r) => r.error !== undefined)).toEqual([]);
    expect(destroyed.resources.map((r) => r.name).sort()).toEqual(
      ['data', 'key', 'net', 'router', 'subnet', 'web-ip', 'web-sg', 'web1', 'web2'].sort(),
    );
    const settled = tally.actions().length;
    expect((await facade.destroy(doc)).resources).toEqual([]);
    expect(tally.actions().slice(settled).filter(MUTATING)).toEqual([]);
  },
  'vm-and-disk-life': async (facade, driver, inputs) => {
    const vm = await facade.cpi.createVm({
      name: 't-ec2-contract-vm',
      stemcell: inputs.imageId,
      instanceType: 't2.micro',
      networks: [{ network: inputs.networkId, ip: inputs.staticIp }],
    });
    expect(vm.portIds).toHaveLength(1);
    expect((await driver.getNode(vm.vmId))?.privateIps).toContain(inputs.staticIp);
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(true);
    await facade.cpi.setVmMetadata(vm.vmId, { director: 'contract' });
    expect(await driver.provisioning.getNodeMetadata(vm.vmId)).toMatchObject({ director: 'contract' });
    const disk = await facade.cpi.createDisk({ sizeMiB: 1025, name: 't-ec2-contract-disk', vmId: vm.vmId });
    expect((await driver.blockStorage.getVolume(disk.diskId))?.sizeGb).toBe(2);
    const attached = await facade.cpi.attachDisk(vm.vmId, disk.diskId);
    expect(attached.device).toMatch(/^\/dev\/sd[f-p]$/);
    expect(await facade.cpi.attachDisk(vm.vmId, disk.diskId)).toEqual(attached);
    expect(await facade.cpi.detachDisk(vm.vmId, disk.diskId)).toEqual({
      outcome: 'deleted',
      id: disk.diskId,
    });
    expect(await facade.cpi.detachDisk(vm.vmId, disk.diskId)).toEqual({ outcome: 'absent', id: disk.diskId });
    expect(await facade.cpi.resizeDisk(disk.diskId, 3000)).toEqual({ sizeGb: 3 });
    const { snapshotId } = await facade.cpi.snapshotDisk(disk.diskId, { name: 't-ec2-contract-snap' });
    expect(await facade.cpi.deleteSnapshot(snapshotId)).toEqual({ outcome: 'deleted', id: snapshotId });
    expect(await facade.cpi.deleteDisk(disk.diskId)).toEqual({ outcome: 'deleted', id: disk.diskId });
    expect(await facade.cpi.deleteVm(vm.vmId)).toEqual({ outcome: 'deleted', id: vm.vmId });
    expect(await facade.cpi.hasVm(vm.vmId)).toBe(false);
    expect(await driver.networking.getPort(vm.portIds[0] ?? '')).toBeUndefined();
  },
};
