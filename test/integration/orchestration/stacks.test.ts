import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { listStackEvents } from '../../../src/drivers/openstack/orchestration/events/index.ts';
import {
  getStackResource,
  listStackResources,
} from '../../../src/drivers/openstack/orchestration/resources/index.ts';
import {
  createStack,
  deleteStackAndWait,
  findStack,
  listStacks,
  StackFailedError,
  updateStack,
  waitForStack,
} from '../../../src/drivers/openstack/orchestration/stacks/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from '../network/harness.ts';

const HOST = 'https://heat.example.com:8004';
const BASE = '/v1/proj';
const REF = { name: 'web', id: 'ac17de7d-bf2e-4125-a299-fbb89b77529e' };
const heat = () => serviceClient('orchestration', 'Heat', `${HOST}${BASE}`);
const fast = { intervalMs: 1, maxIntervalMs: 1 };
const TEMPLATE = 'heat_template_version: 2018-08-31\nresources: {}\n';

function stackIn(status: string, reason?: string): unknown {
  const body = loadFixture('orchestration/stacks/get') as { stack: Record<string, unknown> };
  return { stack: { ...body.stack, stack_status: status, stack_status_reason: reason ?? 'ok' } };
}

describe('stacks', () => {
  it('creates from a template with parameters and waits for CREATE_COMPLETE with outputs (recorded)', async () => {
    const scope = nock(HOST)
      .post(`${BASE}/stacks`, { stack_name: 'web', template: TEMPLATE, parameters: { cidr: '10.0.0.0/24' } })
      .reply(201, loadFixture('orchestration/stacks/create'))
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, stackIn('CREATE_IN_PROGRESS'))
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, loadFixture('orchestration/stacks/get'));
    const client = heat();
    const ref = await createStack(client, {
      name: 'web',
      template: TEMPLATE,
      parameters: { cidr: '10.0.0.0/24' },
    });
    expect(ref).toEqual(REF);
    const stack = await waitForStack(client, ref, 'CREATE', fast);
    expect(stack?.outputs).toEqual([
      {
        key: 'net_id',
        value: '2a8063f9-2901-46c1-bbc8-b51eada85dde',
        description: 'the network',
        error: undefined,
      },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('a 204 to delete is not success: DELETE_FAILED surfaces with Heat’s stack_status_reason', async () => {
    const reason = 'Resource DELETE failed: Conflict: resources.server: Instance abc is locked';
    const scope = nock(HOST)
      .delete(`${BASE}/stacks/web/${REF.id}`)
      .reply(204)
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, stackIn('DELETE_IN_PROGRESS'))
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, stackIn('DELETE_FAILED', reason));
    const error: unknown = await deleteStackAndWait(heat(), REF, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StackFailedError);
    expect(error).toMatchObject({ state: 'DELETE_FAILED', statusReason: reason });
    expect((error as Error).message).toContain('Instance abc is locked');
    expect(scope.isDone()).toBe(true);
  });

  it('a delete succeeds once Heat answers 404 or DELETE_COMPLETE', async () => {
    const scope = nock(HOST)
      .delete(`${BASE}/stacks/web/${REF.id}`)
      .reply(204)
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, stackIn('DELETE_COMPLETE'));
    await deleteStackAndWait(heat(), REF, fast);
    expect(scope.isDone()).toBe(true);
  });

  it('finds by name by following Heat’s 302 to stacks/<name>/<id>', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/stacks/web`)
      .reply(302, '', { location: `${HOST}${BASE}/stacks/web/${REF.id}` })
      .get(`${BASE}/stacks/web/${REF.id}`)
      .reply(200, loadFixture('orchestration/stacks/get'));
    expect((await findStack(heat(), 'web'))?.id).toBe(REF.id);
    expect(scope.isDone()).toBe(true);
  });

  it('a stack Heat does not know is undefined', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/stacks/gone`)
      .reply(404, { error: { message: 'The Stack (gone) could not be found.' } });
    await expect(findStack(heat(), 'gone')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('does not find a stack Heat still reports as DELETE_COMPLETE', async () => {
    const scope = nock(HOST).get(`${BASE}/stacks/${REF.id}`).reply(200, stackIn('DELETE_COMPLETE'));
    await expect(findStack(heat(), REF.id)).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('pages by marker: a full page asks for the next, a short page ends', async () => {
    const [stack] = (loadFixture('orchestration/stacks/list') as { stacks: Record<string, unknown>[] })
      .stacks;
    const s = (id: string) => ({ ...stack, id });
    const scope = nock(HOST)
      .get(`${BASE}/stacks`)
      .query({ limit: '2' })
      .reply(200, { stacks: [s('a'), s('b')] })
      .get(`${BASE}/stacks`)
      .query({ limit: '2', marker: 'b' })
      .reply(200, { stacks: [s('c')] });
    expect((await collect(listStacks(heat(), { pageSize: 2 }))).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(scope.isDone()).toBe(true);
  });

  it('stops with ERR_PAGINATION_LOOP when the marker does not advance', async () => {
    const [stack] = (loadFixture('orchestration/stacks/list') as { stacks: Record<string, unknown>[] })
      .stacks;
    const page = { stacks: [{ ...stack, id: 'a' }] };
    const scope = nock(HOST)
      .get(`${BASE}/stacks`)
      .query({ limit: '1' })
      .reply(200, page)
      .get(`${BASE}/stacks`)
      .query({ limit: '1', marker: 'a' })
      .reply(200, page);
    await expect(collect(listStacks(heat(), { pageSize: 1 }))).rejects.toMatchObject({
      code: 'ERR_PAGINATION_LOOP',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('updates with PUT (replace) or PATCH (existing) and gets one resource', async () => {
    const resource = (loadFixture('orchestration/resources/list') as { resources: object[] }).resources[0];
    const scope = nock(HOST)
      .put(`${BASE}/stacks/web/${REF.id}`, { template: TEMPLATE, parameters: { n: '1' } })
      .reply(202)
      .patch(`${BASE}/stacks/web/${REF.id}`, { template: TEMPLATE })
      .reply(202)
      .get(`${BASE}/stacks/web/${REF.id}/resources/net`)
      .reply(200, { resource });
    const client = heat();
    await updateStack(client, REF, { template: TEMPLATE, parameters: { n: '1' } });
    await updateStack(client, REF, { template: TEMPLATE }, true);
    expect((await getStackResource(client, REF, 'net')).type).toBe('OS::Neutron::Net');
    expect(scope.isDone()).toBe(true);
  });

  it('lists resources and events (recorded)', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/stacks/web/${REF.id}/resources`)
      .reply(200, loadFixture('orchestration/resources/list'))
      .get(`${BASE}/stacks/web/${REF.id}/events`)
      .query({ sort_dir: 'asc', limit: '100' })
      .reply(200, loadFixture('orchestration/events/list'));
    const client = heat();
    const resources = await listStackResources(client, REF);
    expect(resources.map((r) => [r.name, r.type, r.status]).sort()).toEqual([
      ['net', 'OS::Neutron::Net', 'CREATE_COMPLETE'],
      ['subnet', 'OS::Neutron::Subnet', 'CREATE_COMPLETE'],
    ]);
    const events = await collect(listStackEvents(client, REF));
    expect(events.at(0)?.status).toBe('CREATE_IN_PROGRESS');
    expect(events.at(-1)?.status).toBe('CREATE_COMPLETE');
    expect(scope.isDone()).toBe(true);
  });
});
