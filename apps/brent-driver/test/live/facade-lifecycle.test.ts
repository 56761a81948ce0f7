/**
 * No-Heat mode on the local cloud: a package carrying a facade document (`stratus.yaml`: a network, a subnet and a
 * server) instead of a Heat template. Create and Delete go through `stratus/facade` (the apply and destroy run in
 * the monitor that consumes the job), the completions have the SPEC §2 format, and no Heat stack is made.
 */
import { randomBytes } from 'node:crypto';
import { createSession, fromCloudsYaml } from 'stratus';
import { createFacade } from 'stratus/facade';
import { OpenStackNodeDriver } from 'stratus/openstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../helpers/api-client.ts';
import { CLOUDS_YAML, osLocation } from '../helpers/local-cloud.ts';
import { driverFilesFrom } from '../helpers/packages.ts';
import { startTestDriver, type TestDriver } from '../helpers/test-driver.ts';

const prefix = `t-brent3-fc-${randomBytes(3).toString('hex')}`;
const CLOUD = 'stratus-demo';
const location = osLocation(CLOUD);
const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
const facade = createFacade(new OpenStackNodeDriver({ session }));
let test: TestDriver;

const DOCUMENT = `
deployment: replaced-by-the-driver
parameters:
  image: {default: stratus-tiny}
  flavor: {default: m1.tiny}
resources:
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.97.${randomBytes(1)[0]}.0/24}}
  vm:
    kind: server
    dependsOn: [subnet]
    properties: {image: {param: image}, flavor: {param: flavor}, networks: [{ref: net}]}
outputs:
  private_ip: {value: {ref: vm, attribute: privateIp}}
  network_id: {value: {ref: net}}
`;
const driverFiles = driverFilesFrom({ 'stratus.yaml': DOCUMENT });
const prop = (value: unknown) => ({ type: 'string', value });

function body(lifecycleName: string, extra: Record<string, unknown> = {}) {
  return {
    lifecycleName,
    driverFiles,
    systemProperties: { resourceId: prop(`${prefix}-id`), resourceName: prop(prefix) },
    resourceProperties: { flavor: prop('m1.nano'), unrelated: prop('not a parameter') },
    requestProperties: {},
    deploymentLocation: location,
    ...extra,
  };
}

async function execute(request: Record<string, unknown>) {
  const response = await callApi(test.url, 'driver', '/lifecycle/execute', 'post', request, {
    tenantId: 't-fc',
  });
  expect(response.problem).toBeUndefined();
  return response;
}

beforeAll(async () => {
  test = await startTestDriver({ BRENT_DEADLINE_SECONDS: '600' });
});

afterAll(async () => {
  await test.driver.stop();
  await session.close();
});

describe('no-Heat mode (stratus.yaml through stratus/facade)', () => {
  it('Create applies the document (network, subnet, server) and Delete destroys it; SPEC §2 completions', async () => {
    const accepted = await execute(body('Create'));
    expect(accepted.status).toBe(202);
    const { requestId, associatedTopology } = accepted.body as {
      requestId: string;
      associatedTopology: { StratusDeployment: { id: string; type: string } };
    };
    const deployment = associatedTopology.StratusDeployment.id;
    expect(deployment).toMatch(new RegExp(`^${prefix}-[0-9a-f]{12}$`));
    expect(requestId).toMatch(new RegExp(`^Create::${deployment}::[0-9a-f-]{36}$`));
    const created = await test.completion(requestId);
    expect(created.tenantId).toBe('t-fc');
    const { outputs } = created.record;
    expect(created.record).toEqual({
      requestId,
      status: 'COMPLETE',
      outputs,
      associatedTopology: {},
      version: '1.0.0',
    });
    expect(Object.keys(outputs).sort()).toEqual(['network_id', 'private_ip']);
    expect(outputs.private_ip).toMatch(/^10\.97\.\d+\.\d+$/);
    const server = await facade.find('node', `${deployment}-vm`);
    expect(server?.privateIps).toContain(created.record.outputs.private_ip);
    expect((await facade.find('network', created.record.outputs.network_id as string))?.name).toBe(
      `${deployment}-net`,
    );

    const deleted = await execute(
      body('Delete', { associatedTopology: { StratusDeployment: { id: deployment, type: 'Openstack' } } }),
    );
    expect(deleted.status).toBe(202);
    const gone = await test.completion((deleted.body as { requestId: string }).requestId);
    expect(gone.record.status).toBe('COMPLETE');
    expect(await facade.find('node', `${deployment}-vm`)).toBeUndefined();
    expect(await facade.find('network', `${deployment}-net`)).toBeUndefined();
    expect(test.logs.join('\n')).not.toContain(String(location.properties.os_auth_password));
  });

  it('a document error is a 400 naming its path; Delete without the deployment entry is a 400', async () => {
    const bad = driverFilesFrom({
      'stratus.yaml': 'resources: {vm: {kind: server, properties: {flavour: x}}}',
    });
    const refused = await execute(body('Create', { driverFiles: bad }));
    expect(refused.status).toBe(400);
    expect((refused.body as { localizedMessage: string }).localizedMessage).toMatch(
      /stratus\.yaml: .*resources\.vm/,
    );
    const noEntry = await execute(body('Delete'));
    expect(noEntry.status).toBe(400);
    expect((noEntry.body as { localizedMessage: string }).localizedMessage).toMatch(/StratusDeployment/);
  });
});
