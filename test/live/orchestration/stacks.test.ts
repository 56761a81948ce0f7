import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { listStackEvents } from '../../../src/drivers/openstack/orchestration/events/index.ts';
import { listStackResources } from '../../../src/drivers/openstack/orchestration/resources/index.ts';
import {
  createStack,
  deleteStackAndWait,
  findStack,
  listStacks,
  type Stack,
  StackFailedError,
  type StackRef,
  updateStack,
  waitForStack,
} from '../../../src/drivers/openstack/orchestration/stacks/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';
import { serviceClient } from '../helpers/session.ts';
import { serverAction } from '../network/servers.ts';
import { openStreamingSession } from '../network/session.ts';

const wait = { intervalMs: 1000, maxIntervalMs: 3000, timeoutMs: 240_000 };
let session: OpenStackSession;
let heat: ServiceClient;

const NET_TEMPLATE = `heat_template_version: 2018-08-31
parameters:
  cidr: {type: string}
resources:
  net:
    type: OS::Neutron::Net
  subnet:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: {get_param: cidr}}
outputs:
  net_id:
    description: the network
    value: {get_resource: net}
  cidr:
    value: {get_attr: [subnet, cidr]}
`;

const SERVER_TEMPLATE = `heat_template_version: 2018-08-31
resources:
  server:
    type: OS::Nova::Server
    properties:
      image: ${SEED.image}
      flavor: ${SEED.flavors[0]}
      networks: [{network: ${SEED.privateNetwork}}]
outputs:
  server_id: {value: {get_resource: server}}
`;

const RANDOM_TEMPLATE = `heat_template_version: 2018-08-31
parameters:
  length: {type: number}
  label: {type: string, default: unset}
resources:
  random:
    type: OS::Heat::RandomString
    properties: {length: {get_param: length}}
outputs:
  value: {value: {get_attr: [random, value]}}
  label: {value: {get_param: label}}
`;

function outputsOf(stack: Stack | undefined): Record<string, unknown> {
  return Object.fromEntries((stack?.outputs ?? []).map((o) => [o.key, o.value]));
}

/** Heat answers 404 for a deleted stack, or (while it keeps the record) reports it DELETE_COMPLETE. */
async function expectGone(name: string): Promise<void> {
  expect(await findStack(heat, name), `findStack(${name}) after the delete`).toBeUndefined();
}

async function purge(ref: StackRef): Promise<void> {
  try {
    await deleteStackAndWait(heat, ref, wait);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

beforeAll(async () => {
  session = openStreamingSession();
  heat = await serviceClient(session, 'orchestration', 'Heat');
});
afterAll(async () => {
  await session.close();
});

describe('orchestration (Heat) on the local cloud', () => {
  it('creates a stack from a template with parameters and reads its outputs back', async () => {
    const name = uniqueName('stack');
    const ref = await createStack(heat, {
      name,
      template: NET_TEMPLATE,
      parameters: { cidr: '10.93.0.0/24' },
    });
    onCleanup(() => purge(ref), `stack ${name}`);
    const stack = await waitForStack(heat, ref, 'CREATE', wait);
    expect(stack?.status).toBe('CREATE_COMPLETE');
    const outputs = Object.fromEntries((stack?.outputs ?? []).map((o) => [o.key, o.value]));
    const resources = await listStackResources(heat, ref);
    const net = resources.find((r) => r.name === 'net');
    expect(outputs).toEqual({ net_id: net?.physicalId, cidr: '10.93.0.0/24' });
    expect((await findStack(heat, name))?.id).toBe(ref.id);
    const listed = [];
    for await (const s of listStacks(heat, { name })) listed.push(s.id);
    expect(listed).toEqual([ref.id]);
    const events = [];
    for await (const e of listStackEvents(heat, ref, { pageSize: 2 })) events.push(e.status);
    expect(events.at(-1)).toBe('CREATE_COMPLETE');
    expect(events.length).toBeGreaterThan(2);
    await deleteStackAndWait(heat, ref, wait);
    await expectGone(name);
  });

  it('updates a stack: a replaced parameter (PUT) and a patched one (PATCH keeps the others) show in the outputs', async () => {
    const name = uniqueName('stack-update');
    const ref = await createStack(heat, {
      name,
      template: RANDOM_TEMPLATE,
      parameters: { length: 8, label: 'first' },
    });
    onCleanup(() => purge(ref), `stack ${name}`);
    const created = await waitForStack(heat, ref, 'CREATE', wait);
    const before = outputsOf(created);
    expect(String(before.value)).toHaveLength(8);
    expect(before.label).toBe('first');

    await updateStack(heat, ref, { template: RANDOM_TEMPLATE, parameters: { length: 16, label: 'second' } });
    const replaced = await waitForStack(heat, ref, 'UPDATE', wait);
    expect(replaced?.status).toBe('UPDATE_COMPLETE');
    expect(replaced?.id).toBe(ref.id);
    expect(replaced?.parameters).toMatchObject({ length: '16', label: 'second' });
    const afterPut = outputsOf(replaced);
    expect(String(afterPut.value)).toHaveLength(16); // the changed length replaced the random string
    expect(afterPut.label).toBe('second');

    await updateStack(heat, ref, { template: RANDOM_TEMPLATE, parameters: { length: 24 } }, true);
    const patched = await waitForStack(heat, ref, 'UPDATE', wait);
    expect(patched?.status).toBe('UPDATE_COMPLETE');
    const afterPatch = outputsOf(patched);
    expect(String(afterPatch.value)).toHaveLength(24);
    expect(afterPatch.label).toBe('second'); // not sent, kept by PATCH (a PUT would reset it to 'unset')

    await deleteStackAndWait(heat, ref, wait);
    await expectGone(name);
  });

  it('reports DELETE_FAILED with Heat’s reason when a server in the stack is locked; unlocked, the delete succeeds', async () => {
    const nova = await serviceClient(session, 'compute', 'Nova');
    const name = uniqueName('stack-lock');
    const ref = await createStack(heat, { name, template: SERVER_TEMPLATE });
    let serverId: string | undefined;
    onCleanup(async () => {
      if (serverId !== undefined) await serverAction(nova, serverId, { unlock: null }).catch(() => undefined);
      await purge(ref);
    }, `stack ${name}`);
    const stack = await waitForStack(heat, ref, 'CREATE', wait);
    serverId = String(stack?.outputs.find((o) => o.key === 'server_id')?.value);
    await serverAction(nova, serverId, { lock: null });
    const error: unknown = await deleteStackAndWait(heat, ref, wait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StackFailedError);
    expect(error).toMatchObject({ state: 'DELETE_FAILED' });
    const reason = error instanceof StackFailedError ? error.statusReason : undefined;
    expect(reason).toMatch(/lock/i);
    expect(String(error)).toContain(reason);
    await serverAction(nova, serverId, { unlock: null });
    await deleteStackAndWait(heat, ref, wait);
    await expectGone(name);
  });
});
