// Failure mapping live: in a project of its own with an instance quota of 1, the second VM is refused and the
// facade reports INSUFFICIENT_CAPACITY (retry-safe: nothing was left). The shared projects are never touched.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { createFacade, type Facade } from '../../../src/facade/create-facade.ts';
import { FacadeOperationError } from '../../../src/facade/failure/facade-error.ts';
import { CLOUD_NAMES, cloudsYamlPath, loadCloud, SEED } from '../helpers/cloud.ts';

const run = promisify(execFile);
const name = `t-facade-core-quota-${process.pid}`;
const password = randomBytes(18).toString('base64url');
let session: OpenStackSession | undefined;
let driver: OpenStackNodeDriver;
let facade: Facade;

async function admin(...args: string[]): Promise<string> {
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };
  const { stdout } = await run('openstack', ['--os-cloud', CLOUD_NAMES.admin, ...args], { env });
  return stdout.trim();
}

beforeAll(async () => {
  await admin('project', 'create', name, '--domain', 'Default');
  await admin('user', 'create', name, '--domain', 'Default', '--project', name, '--password', password);
  await admin('role', 'add', '--project', name, '--user', name, 'member');
  await admin('quota', 'set', '--instances', '1', name);
  const cloud = loadCloud(CLOUD_NAMES.admin);
  session = createSession({
    auth: {
      method: '3.x_password',
      authUrl: cloud.auth.authUrl,
      user: { name, domain: { name: 'Default' } },
      password,
      scope: { project: { name, domain: { name: 'Default' } } },
    },
    region: cloud.regionName,
  });
  driver = new OpenStackNodeDriver({ session });
  facade = createFacade(driver, { timeoutMs: 180_000, pollIntervalMs: 500 });
  const net = await driver.networking.createNetwork({ name: `${name}-net` });
  await driver.networking.createSubnet({ name: `${name}-subnet`, networkId: net.id, cidr: '10.77.0.0/24' });
}, 120_000);

afterAll(async () => {
  if (session !== undefined) {
    for await (const node of driver.listNodes()) await facade.cpi.deleteVm(node.id);
    for await (const port of driver.networking.listPorts()) {
      if (port.name.startsWith(name)) await driver.networking.deletePort(port.id);
    }
    for await (const net of driver.networking.listNetworks()) {
      if (net.name === `${name}-net`) {
        for (const subnetId of net.subnetIds) await driver.networking.deleteSubnet(subnetId);
        await driver.networking.deleteNetwork(net.id);
      }
    }
    await session.close();
  }
  await admin('user', 'delete', name).catch(() => undefined);
  await admin('project', 'delete', name).catch(() => undefined);
}, 180_000);

describe('failure mapping, live', () => {
  it('a quota of 1 instance and 2 VMs: the second is INSUFFICIENT_CAPACITY, retry-safe, nothing left', async () => {
    const vm = (n: number) => ({
      name: `${name}-vm${n}`,
      stemcell: SEED.image,
      instanceType: 'm1.nano',
      networks: [{ network: `${name}-net` }],
    });
    await facade.cpi.createVm(vm(1));
    const error = await facade.cpi.createVm(vm(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FacadeOperationError);
    expect((error as FacadeOperationError).failureCode).toBe('INSUFFICIENT_CAPACITY');
    expect((error as FacadeOperationError).retrySafe).toBe(true);
    expect((error as Error).message).toMatch(/quota/i);
    const names: string[] = [];
    for await (const node of driver.listNodes()) names.push(node.name);
    expect(names).toEqual([`${name}-vm1`]);
  }, 300_000);
});
