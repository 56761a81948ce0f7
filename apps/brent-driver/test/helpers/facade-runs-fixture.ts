/**
 * Test helper for the no-Heat run tests: a package with a user-data marker, a Create accepted like the HTTP
 * route does (the queued job returned), and a monitor pool whose facade runs the facade's document engine over
 * its in-memory provider with slow creates (so a run can be caught in the middle).
 */
import {
  applyDirect,
  type DeploymentEngine,
  type DirectProvider,
  type DocumentKind,
  destroyDirect,
  type KindBackend,
  type OperationStatus,
  planDirect,
} from 'stratus/facade';
import { expect } from 'vitest';
import {
  type MemoryProvider,
  memoryProvider,
} from '../../../../test/unit/facade/document/memory-provider.ts';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { MemoryJobQueue } from '../../src/jobs/memory-queue.ts';
import { createMonitor, type MonitorPool } from '../../src/jobs/monitor.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { executeLifecycle } from '../../src/lifecycle/execute.ts';
import { SessionPool } from '../../src/location/session-pool.ts';
import { createLogger } from '../../src/log/logger.ts';
import { MemoryCompletionPublisher } from '../../src/messaging/completion.ts';
import { driverFilesFrom } from './packages.ts';

export const MARKER = 'user-data-marker-7f3a';
const DOCUMENT = `
deployment: replaced
parameters:
  flavor: {default: m1.small}
resources:
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.1.0.0/24}}
  sg: {kind: securityGroup}
  vm:
    kind: server
    dependsOn: [subnet]
    properties:
      image: cirros
      flavor: {param: flavor}
      networks: [{ref: net}]
      securityGroups: [{ref: sg}]
      userData: "#!/bin/sh\\necho ${MARKER}"
outputs:
  net_id: {value: {ref: net}}
`;
export const LOCATION = {
  name: 'dl',
  type: 'Openstack',
  properties: {
    os_api_url: 'http://127.0.0.1:9/',
    os_auth_api: 'v3',
    os_auth_username: 'jack',
    os_auth_password: 'secret-pass',
    os_auth_project_name: 'p',
  },
};
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The memory provider with every create taking `ms` (so a run can be caught in the middle). */
export function slowProvider(ms: number): MemoryProvider {
  const provider = memoryProvider([
    { kind: 'image', name: 'cirros' },
    { kind: 'flavor', name: 'm1.tiny' },
  ]);
  const backends: KindBackend<DocumentKind>[] = Object.values(provider.backends);
  for (const backend of backends) {
    const create = backend.create.bind(backend);
    backend.create = async (spec, deployment, resolver, signal) => {
      await sleep(ms);
      return create(spec, deployment, resolver, signal);
    };
  }
  return provider;
}

export function poolOver(provider: DirectProvider, status?: OperationStatus): MonitorPool {
  const engine: DeploymentEngine = {
    name: 'direct',
    plan: (doc, signal) => planDirect(doc, provider, signal),
    apply: (doc, options) => applyDirect(doc, provider, options),
    destroy: (target, options) => destroyDirect(target, provider, options),
  };
  return {
    client: () => Promise.reject(new Error('no Heat in no-Heat mode')),
    facade: () => ({
      engine: () => engine,
      status: () => (status === undefined ? Promise.reject(new Error('no handle')) : Promise.resolve(status)),
    }),
  };
}

/** Accepts a Create like the HTTP route does and returns the queued job. */
export async function acceptCreate(cipher: LocationCipher, flavor = 'm1.tiny'): Promise<MonitorJob> {
  const queue = new MemoryJobQueue<MonitorJob>();
  const accepted = await executeLifecycle(
    {
      pool: new SessionPool(),
      queue,
      cipher,
      logger: createLogger({ write: () => undefined }),
      deadlineMs: 60_000,
      firstPollDelayMs: 0,
      adoptSkipStatusCheck: false,
    },
    {
      lifecycleName: 'Create',
      driverFiles: driverFilesFrom({ 'stratus.yaml': DOCUMENT }),
      systemProperties: {
        resourceId: { type: 'string', value: 'r1' },
        resourceName: { type: 'string', value: 'web' },
      },
      resourceProperties: { flavor: { type: 'string', value: flavor } },
      requestProperties: {},
      deploymentLocation: LOCATION,
      associatedTopology: {},
    },
    { tenantId: 't1', trace: {} },
  );
  expect(Object.keys(accepted.associatedTopology)).toEqual(['StratusDeployment']);
  expect(accepted.associatedTopology.StratusDeployment?.id).toMatch(/^web-[0-9a-f]{12}$/);
  const job = queue.waiting[0]?.payload;
  if (job === undefined) throw new Error('no job queued');
  return job;
}

export function sealedOf(job: MonitorJob): string {
  return job.facade !== undefined && 'document' in job.facade ? job.facade.document : '';
}

export function setup(provider: MemoryProvider) {
  const cipher = new LocationCipher(LocationCipher.randomKey());
  const publisher = new MemoryCompletionPublisher();
  const deps = {
    pool: poolOver(provider),
    cipher,
    publisher,
    logger: createLogger({ write: () => undefined }),
  };
  return { cipher, publisher, replica: () => createMonitor(deps, { pollMinMs: 5 }) };
}

export function ownedCounts(provider: MemoryProvider): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of provider.objects.values())
    if (o.owner !== undefined) counts.set(o.owner, (counts.get(o.owner) ?? 0) + 1);
  return counts;
}

export async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 5) {
    if (waited > 5_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
