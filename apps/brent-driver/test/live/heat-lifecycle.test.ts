/**
 * The Brent driver against the local cloud: helloworld-compute as HEAT and as TOSCA through Create → COMPLETE
 * (with the private IP) → Delete → COMPLETE; a locked server makes Delete FAILED / INFRASTRUCTURE_ERROR with
 * Heat's reason, and after unlock Delete is COMPLETE; every response validated against the OpenAPI files.
 * Find, health and ping: `api-routes.test.ts`.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import {
  connectCompute,
  createKeypair,
  deleteKeypair,
  lockServer,
  runServerAction,
  SimpleServerAction,
} from 'stratus/openstack/compute';
import { findStack, listStackResources } from 'stratus/openstack/orchestration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../helpers/api-client.ts';
import { CLOUDS_YAML, osLocation } from '../helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../helpers/packages.ts';
import { startTestDriver, type TestDriver } from '../helpers/test-driver.ts';

const prefix = `t-brent2-${randomBytes(3).toString('hex')}`;
const CLOUD = 'stratus-demo';
const location = osLocation(CLOUD);
const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
let compute: Awaited<ReturnType<typeof connectCompute>>;
let test: TestDriver;
/** A driver with `heat.create_accept: immediate` (the 202 waits for Heat and names the stack). */
let immediate: TestDriver;

const prop = (value: unknown) => ({ type: 'string', value });

function executeBody(lifecycleName: string, driverFiles: string, extra: Record<string, unknown> = {}) {
  return {
    lifecycleName,
    driverFiles,
    systemProperties: {
      resourceId: prop(`${prefix}-id-${lifecycleName}`),
      resourceName: prop(`${prefix}-hello`),
    },
    resourceProperties: {
      key_name: { type: 'key', keyName: prefix, privateKey: 'not-a-real-key' },
      image: prop('stratus-tiny'),
      flavor: prop('m1.nano'),
      network: prop('demo-net'),
    },
    requestProperties: {},
    deploymentLocation: location,
    ...extra,
  };
}

async function execute(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  driver: TestDriver = test,
) {
  const response = await callApi(driver.url, 'driver', '/lifecycle/execute', 'post', body, headers);
  expect(response.problem).toBeUndefined();
  return response;
}

beforeAll(async () => {
  test = await startTestDriver({ BRENT_DEADLINE_SECONDS: '600' });
  immediate = await startTestDriver({ BRENT_DEADLINE_SECONDS: '600', BRENT_HEAT_CREATE_ACCEPT: 'immediate' });
  compute = await connectCompute({
    endpoint: await session.endpointFor({ type: 'compute' }),
    send: session.send,
  });
  await createKeypair(compute, { name: prefix });
});

afterAll(async () => {
  await deleteKeypair(compute, prefix).catch(() => undefined);
  await test.driver.stop();
  await immediate.driver.stop();
  await session.close();
});

/**
 * Create → COMPLETE. Queued (the default): the 202 names no stack and the completion does, and the stack
 * carries the request's tag. Immediate: the 202 names the stack and the completion does not repeat it (SPEC §4.2).
 */
async function createAndComplete(
  driverFiles: string,
  requestProperties: Record<string, unknown> = {},
  driver: TestDriver = test,
) {
  const accepted = await execute(
    { ...executeBody('Create', driverFiles), requestProperties },
    { tenantId: 't1' },
    driver,
  );
  expect(accepted.status).toBe(202);
  expect(accepted.headers.get('tenantid')).toBe('t1');
  const body = accepted.body as {
    requestId: string;
    associatedTopology: { InfrastructureStack?: { id: string } };
  };
  const { record, tenantId } = await driver.completion(body.requestId);
  expect(tenantId).toBe('t1');
  expect(record.status, JSON.stringify(record)).toBe('COMPLETE');
  expect(record.outputs.private_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  if (driver === immediate) {
    expect(body.requestId).toMatch(/^Create::[0-9a-f-]{36}::[0-9a-f-]{36}$/);
    expect(record.associatedTopology).toEqual({});
    return body.associatedTopology.InfrastructureStack?.id ?? '';
  }
  expect(body.associatedTopology).toEqual({});
  const [, name, uuid] = body.requestId.split('::');
  expect(name).toBe(`${prefix}-hello.${prefix}-id-Create`);
  const stackId = (record.associatedTopology.InfrastructureStack as { id: string; type: string }).id;
  expect(record.associatedTopology).toEqual({ InfrastructureStack: { id: stackId, type: 'Openstack' } });
  const stack = await findStack(await heatClient(), stackId);
  expect(stack?.tags).toEqual([`stratus-request-${uuid}`]);
  return stackId;
}

async function heatClient() {
  return createServiceClient({
    serviceType: 'orchestration',
    name: 'Heat',
    endpoint: await session.endpointFor({ type: 'orchestration' }),
    send: session.send,
  });
}

async function deleteStackRequest(stackId: string) {
  const accepted = await execute({
    ...executeBody('Delete', ''),
    associatedTopology: { InfrastructureStack: { id: stackId, type: 'Openstack' } },
  });
  expect(accepted.status).toBe(202);
  return test.completion((accepted.body as { requestId: string }).requestId);
}

describe('Brent driver on the local cloud', () => {
  it('HEAT helloworld-compute: Create → COMPLETE with the private IP; same name again → RESOURCE_ALREADY_EXISTS; stack_id reuse and Adopt → COMPLETE; Delete → COMPLETE, again → COMPLETE', async () => {
    const files = driverFilesOf(join(FIXTURES, 'packages', 'helloworld-heat'));
    const stackId = await createAndComplete(files);
    const again = await execute(executeBody('Create', files));
    expect(again.body).toMatchObject({ associatedTopology: {}, version: '1.0.0' });
    const exists = await test.completion((again.body as { requestId: string }).requestId);
    expect(exists.record.failureDetails?.failureCode).toBe('RESOURCE_ALREADY_EXISTS');
    expect(exists.record.associatedTopology).toEqual({});
    const reuseBody = executeBody('Create', files);
    const reuse = await execute({
      ...reuseBody,
      resourceProperties: { ...reuseBody.resourceProperties, stack_id: prop(stackId) },
    });
    expect((reuse.body as { requestId: string }).requestId).toMatch(new RegExp(`^Create::${stackId}::`));
    expect((await test.completion((reuse.body as { requestId: string }).requestId)).record.status).toBe(
      'COMPLETE',
    );
    const adopt = await execute({
      ...executeBody('Adopt', ''),
      associatedTopology: { Anything: { id: stackId, type: 'Openstack' } },
    });
    const adopted = await test.completion((adopt.body as { requestId: string }).requestId);
    expect(adopted.record.status).toBe('COMPLETE');
    expect(adopted.record.outputs.private_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const { record } = await deleteStackRequest(stackId);
    expect(record).toEqual({
      requestId: record.requestId,
      status: 'COMPLETE',
      outputs: {},
      associatedTopology: {},
      version: '1.0.0',
    });
    const gone = await deleteStackRequest(stackId);
    expect(gone.record.status).toBe('COMPLETE');
  });

  it('TOSCA helloworld-compute; a locked server fails Delete with Heat reason, unlocked it completes', async () => {
    const files = driverFilesOf(
      join(FIXTURES, 'example-resources', 'helloworld-compute', 'Lifecycle', 'openstack'),
    );
    const stackId = await createAndComplete(files, { 'template-type': prop('TOSCA') }, immediate);
    const resources = await listStackResources(await heatClient(), {
      name: `${prefix}-hello.${prefix}-id-Create`,
      id: stackId,
    });
    const serverId = resources.find((r) => r.type === 'OS::Nova::Server')?.physicalId ?? '';
    await lockServer(compute, serverId);
    try {
      const failed = await deleteStackRequest(stackId);
      expect(failed.record.status).toBe('FAILED');
      expect(failed.record.failureDetails?.failureCode).toBe('INFRASTRUCTURE_ERROR');
      expect(failed.record.failureDetails?.description).toMatch(/lock/i);
    } finally {
      await runServerAction(compute, serverId, SimpleServerAction.UNLOCK);
    }
    const { record } = await deleteStackRequest(stackId);
    expect(record.status).toBe('COMPLETE');
  });

  it('logs no password and carries x-tracectx headers on every line of a request', async () => {
    await execute(executeBody('Delete', ''), { 'x-tracectx-TransactionId': `${prefix}-tx` });
    const password = String(location.properties.os_auth_password);
    expect(test.logs.join('\n')).not.toContain(password);
    const lines = test.logs.filter((l) => l.includes(`${prefix}-tx`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});
