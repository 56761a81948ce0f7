/**
 * The Brent driver's other routes against the local cloud: find of neutron-network (by instance name, and an
 * unknown name as an empty result), health, ping, and a 400 naming the three lifecycles; every response
 * validated against the OpenAPI files.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../helpers/api-client.ts';
import { cloudEntry, osLocation } from '../helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../helpers/packages.ts';
import { startTestDriver, type TestDriver } from '../helpers/test-driver.ts';

const prefix = `t-brent-api-${randomBytes(3).toString('hex')}`;
const CLOUD = 'stratus-demo';
const location = osLocation(CLOUD);
let test: TestDriver;

beforeAll(async () => {
  test = await startTestDriver();
});

afterAll(async () => {
  await test.driver.stop();
});

describe('Brent driver routes on the local cloud', () => {
  it('find: neutron-network by instance name returns its outputs; an unknown name is an empty result', async () => {
    const driverFiles = driverFilesOf(
      join(FIXTURES, 'example-resources', 'neutron-network', 'Lifecycle', 'openstack'),
    );
    const found = await callApi(test.url, 'driver', '/references/find', 'post', {
      instanceName: 'demo-net',
      driverFiles,
      deploymentLocation: { name: CLOUD, properties: { cloud: cloudEntry(CLOUD) } },
    });
    expect(found.problem).toBeUndefined();
    const result = (found.body as { result: { resourceId: string; outputs: Record<string, unknown> } })
      .result;
    expect(result.outputs).toMatchObject({
      network_name: 'demo-net',
      network_id: result.resourceId,
      ip_version: 4,
    });
    expect(result.outputs.cidr).toMatch(/\/\d+$/);
    const missing = await callApi(test.url, 'driver', '/references/find', 'post', {
      instanceName: `${prefix}-none`,
      driverFiles,
      deploymentLocation: location,
    });
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({ result: null });
    expect(missing.problem).toBeUndefined();
  });

  it('health, ping, and a 400 naming the three lifecycles', async () => {
    const health = await callApi(test.url, 'management', '/health', 'get');
    expect([health.status, health.problem]).toEqual([200, undefined]);
    const ping = await callApi(test.url, 'openstack', '/ping', 'post', { deploymentLocation: location });
    expect(ping.body).toEqual({ success: true, description: 'Reached Heat client successfully' });
    expect(ping.problem).toBeUndefined();
    const start = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', {
      lifecycleName: 'Start',
      driverFiles: '',
      systemProperties: {},
      resourceProperties: {},
      requestProperties: {},
      deploymentLocation: location,
    });
    expect(start.status).toBe(400);
    expect((start.body as { localizedMessage: string }).localizedMessage).toMatch(
      /Create, Adopt and Delete.*Start/,
    );
  });
});
