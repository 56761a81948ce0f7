/**
 * No-Heat mode survives the replica that runs it: two driver replicas (child processes on one Kafka group) on
 * the local cloud; a Create of a `stratus.yaml` package (network, subnet, server) is applied by whichever replica
 * consumes its job; that replica is SIGKILLed once the server exists but is not yet ACTIVE; the other replica
 * takes the job over, runs the apply again and finishes it. Exactly one completion (COMPLETE) for the request,
 * exactly one network, subnet and server of the deployment, and no document text on the job topic.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { createSession, fromCloudsYaml } from 'stratus';
import { createFacade } from 'stratus/facade';
import { OpenStackNodeDriver } from 'stratus/openstack';
import { afterAll, describe, expect, it } from 'vitest';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { callApi } from '../helpers/api-client.ts';
import { CLOUDS_YAML, osLocation } from '../helpers/local-cloud.ts';
import { driverFilesFrom } from '../helpers/packages.ts';
import { type DriverProcess, endDriverProcess, startDriverProcess } from './helpers/driver-process.ts';
import { awaitCompletions, readTopic } from './helpers/topic-reader.ts';

const BOOTSTRAP = process.env.BRENT_KAFKA_BOOTSTRAP ?? '127.0.0.1:19092';
const prefix = `t-noheat-${randomBytes(3).toString('hex')}`;
const MARKER = `${prefix}-user-data-marker`;
const CLOUD = 'stratus-demo';
const location = osLocation(CLOUD);
const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
const facade = createFacade(new OpenStackNodeDriver({ session }));
const names = { jobs: `${prefix}-jobs`, completions: `${prefix}-done`, group: prefix };
const replicas: DriverProcess[] = [];
let deployment: string | undefined;

const DOCUMENT = `
deployment: replaced-by-the-driver
parameters:
  image: {default: stratus-tiny}
  flavor: {default: m1.tiny}
resources:
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.98.${randomBytes(1)[0]}.0/24}}
  vm:
    kind: server
    dependsOn: [subnet]
    properties:
      image: {param: image}
      flavor: {param: flavor}
      networks: [{ref: net}]
      userData: "#!/bin/sh\\necho ${MARKER}"
outputs:
  private_ip: {value: {ref: vm, attribute: privateIp}}
`;
const prop = (value: unknown) => ({ type: 'string', value });

function body(lifecycleName: string, extra: Record<string, unknown> = {}) {
  return {
    lifecycleName,
    driverFiles: driverFilesFrom({ 'stratus.yaml': DOCUMENT }),
    systemProperties: { resourceId: prop(`${prefix}-id`), resourceName: prop(prefix) },
    resourceProperties: { flavor: prop('m1.nano') },
    requestProperties: {},
    deploymentLocation: location,
    ...extra,
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(200)) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** How many objects of a kind have exactly this name, by the `openstack` CLI. */
async function countByName(kind: 'network' | 'subnet' | 'server', name: string): Promise<number> {
  const { stdout } = await promisify(execFile)(
    'openstack',
    [
      '--os-cloud',
      CLOUD,
      kind,
      'list',
      '--name',
      kind === 'server' ? `^${name}$` : name,
      '-f',
      'json',
      '-c',
      'Name',
    ],
    { env: { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } },
  );
  return (JSON.parse(stdout) as { Name: string }[]).filter((o) => o.Name === name).length;
}

const started = (replica: DriverProcess, requestId: string) =>
  replica.lines.some((l) => l.includes('no-Heat apply started in this replica') && l.includes(requestId));

afterAll(async () => {
  await Promise.all(replicas.map(endDriverProcess));
  if (deployment !== undefined) await facade.destroy(deployment).catch(() => undefined);
  await session.close();
}, 300_000);

describe('no-Heat mode: the replica running an apply is SIGKILLed', () => {
  it('another replica finishes the apply: one COMPLETE, one object per resource, no document on the topic', async () => {
    const key = LocationCipher.randomKey();
    replicas.push(await startDriverProcess('a', BOOTSTRAP, names, key));
    replicas.push(await startDriverProcess('b', BOOTSTRAP, names, key));
    const accepted = await callApi(
      replicas[0]?.url ?? '',
      'driver',
      '/lifecycle/execute',
      'post',
      body('Create'),
      {
        tenantId: 't-noheat',
      },
    );
    expect(accepted.status).toBe(202);
    const { requestId, associatedTopology } = accepted.body as {
      requestId: string;
      associatedTopology: { StratusDeployment: { id: string; type: string } };
    };
    deployment = associatedTopology.StratusDeployment.id;
    const vmName = `${deployment}-vm`;

    const owner = await until('a replica to start the apply', 60_000, () =>
      replicas.find((r) => started(r, requestId)),
    );
    const survivor = replicas.find((r) => r !== owner);
    if (survivor === undefined) throw new Error('no second replica');
    const building = await until('the server to exist', 120_000, async () => facade.find('node', vmName));
    owner.child.kill('SIGKILL');
    expect(building.state).not.toBe('running'); // killed mid-apply: the server was still being built
    const killedAt = Date.now();

    await until('the survivor to take the apply over', 90_000, () =>
      started(survivor, requestId) ? true : undefined,
    );
    const takeoverMs = Date.now() - killedAt;
    const counts = await awaitCompletions(BOOTSTRAP, names.completions, [requestId], 300_000);
    expect(counts.get(requestId)).toBe(1);
    const records = (await readTopic(BOOTSTRAP, names.completions)).map(
      (r) =>
        JSON.parse(r.value.toString('utf8')) as {
          requestId: string;
          status: string;
          outputs: Record<string, string>;
        },
    );
    const completion = records.find((r) => r.requestId === requestId);
    expect(completion?.status).toBe('COMPLETE');
    expect(completion?.outputs.private_ip).toMatch(/^10\.98\.\d+\.\d+$/);
    console.log(`killed ${owner.name} mid-apply; ${survivor.name} took over after ${takeoverMs} ms`);

    expect(await countByName('network', `${deployment}-net`)).toBe(1);
    expect(await countByName('subnet', `${deployment}-subnet`)).toBe(1);
    expect(await countByName('server', vmName)).toBe(1);

    const jobs = await readTopic(BOOTSTRAP, names.jobs);
    expect(jobs.length).toBeGreaterThan(1);
    for (const record of jobs) {
      const text = record.value.toString('utf8');
      for (const clear of [MARKER, 'kind: server', String(location.properties.os_auth_password)])
        expect(text).not.toContain(clear);
    }

    const deleted = await callApi(
      survivor.url,
      'driver',
      '/lifecycle/execute',
      'post',
      body('Delete', { associatedTopology: { StratusDeployment: { id: deployment, type: 'Openstack' } } }),
      { tenantId: 't-noheat' },
    );
    expect(deleted.status).toBe(202);
    const deleteId = (deleted.body as { requestId: string }).requestId;
    expect((await awaitCompletions(BOOTSTRAP, names.completions, [deleteId], 300_000)).get(deleteId)).toBe(1);
    expect(await countByName('server', vmName)).toBe(0);
    expect(await countByName('network', `${deployment}-net`)).toBe(0);
  }, 900_000);
});
