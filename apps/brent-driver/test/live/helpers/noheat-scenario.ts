/**
 * A no-Heat Create on the local cloud with driver replicas as child processes on the shared Kafka: the package
 * (network, subnet, server with a user-data marker), the execute bodies, and how the tests look at the cloud, the
 * replicas' logs and the topics.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { LocationCipher } from '../../../src/jobs/location-cipher.ts';
import { callApi } from '../../helpers/api-client.ts';
import { CLOUDS_YAML, osLocation } from '../../helpers/local-cloud.ts';
import { driverFilesFrom } from '../../helpers/packages.ts';
import { type DriverProcess, startDriverProcess } from './driver-process.ts';
import type { ScenarioNames } from './queue-replicas.ts';
import { awaitCompletions, readTopic } from './topic-reader.ts';

/** The shared broker. */
export const BOOTSTRAP = process.env.BRENT_KAFKA_BOOTSTRAP ?? '127.0.0.1:19092';
/** The cloud entry used. */
export const CLOUD = 'stratus-demo';
/** Its deployment location. */
export const location = osLocation(CLOUD);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until `probe` gives a value.
 *
 * @param what - For the timeout error.
 * @param timeoutMs - How long at most.
 * @param probe - Returns undefined while not there yet.
 * @returns The value.
 */
export async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(200)) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * How many objects of a kind have exactly this name, by the `openstack` CLI.
 *
 * @param kind - network, subnet or server.
 * @param name - The exact name.
 * @returns The count.
 */
export async function countByName(kind: 'network' | 'subnet' | 'server', name: string): Promise<number> {
  const filter = kind === 'server' ? `^${name}$` : name;
  const { stdout } = await promisify(execFile)(
    'openstack',
    ['--os-cloud', CLOUD, kind, 'list', '--name', filter, '-f', 'json', '-c', 'Name'],
    { env: { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } },
  );
  return (JSON.parse(stdout) as { Name: string }[]).filter((o) => o.Name === name).length;
}

/** One scenario: its names, its package and its replicas. */
export interface NoHeatScenario {
  readonly prefix: string;
  readonly marker: string;
  readonly names: ScenarioNames;
  readonly replicas: DriverProcess[];
  /** Starts one more replica on the scenario's group and key. */
  addReplica(name: string): Promise<DriverProcess>;
  /** POSTs a Create (or a Delete of `deployment`) to a replica; returns the 202 body. */
  execute(
    replica: DriverProcess,
    lifecycle: 'Create' | 'Delete',
    deployment?: string,
  ): Promise<{ requestId: string; deployment: string }>;
  /** Resolves once every replica's last assignment is non-empty and together they hold all 12 partitions. */
  stableGroup(): Promise<void>;
  /** Whether a replica logged `no-Heat apply <event> in this replica` for the request. */
  logged(replica: DriverProcess, event: 'started' | 'stopped', requestId: string): boolean;
  /** Checks exactly one completion for the request and returns it. */
  onlyCompletion(requestId: string): Promise<{ status: string; outputs: Record<string, string> }>;
  /** Checks that no job record holds the document, the user-data marker or the password. */
  checkJobTopic(): Promise<void>;
}

/**
 * Builds a scenario (nothing runs yet).
 *
 * @param tag - Distinguishes scenarios of one file.
 * @returns The scenario.
 */
export function noHeatScenario(tag: string): NoHeatScenario {
  const prefix = `t-noheat-${tag}-${randomBytes(3).toString('hex')}`;
  const marker = `${prefix}-user-data-marker`;
  const names = { jobs: `${prefix}-jobs`, completions: `${prefix}-done`, group: prefix };
  const key = LocationCipher.randomKey();
  const replicas: DriverProcess[] = [];
  const document = `
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
      userData: "#!/bin/sh\\necho ${marker}"
outputs:
  private_ip: {value: {ref: vm, attribute: privateIp}}
`;
  const prop = (value: unknown) => ({ type: 'string', value });
  return {
    prefix,
    marker,
    names,
    replicas,
    async addReplica(name) {
      const replica = await startDriverProcess(name, BOOTSTRAP, names, key);
      replicas.push(replica);
      return replica;
    },
    async execute(replica, lifecycle, deployment) {
      const body = {
        lifecycleName: lifecycle,
        driverFiles: driverFilesFrom({ 'stratus.yaml': document }),
        systemProperties: { resourceId: prop(`${prefix}-id`), resourceName: prop(prefix) },
        resourceProperties: { flavor: prop('m1.nano') },
        requestProperties: {},
        deploymentLocation: location,
        ...(deployment === undefined
          ? {}
          : { associatedTopology: { StratusDeployment: { id: deployment, type: 'Openstack' } } }),
      };
      const response = await callApi(replica.url, 'driver', '/lifecycle/execute', 'post', body, {
        tenantId: 't-noheat',
      });
      expect(response.status).toBe(202);
      const accepted = response.body as {
        requestId: string;
        associatedTopology: { StratusDeployment?: { id: string } };
      };
      return {
        requestId: accepted.requestId,
        deployment: accepted.associatedTopology.StratusDeployment?.id ?? deployment ?? '',
      };
    },
    async stableGroup() {
      const last = (r: DriverProcess): number[] => {
        const line = r.lines.findLast((l) => l.includes('job queue partitions assigned'));
        return line === undefined ? [] : (JSON.parse(line) as { partitions: number[] }).partitions;
      };
      await until('a stable group', 60_000, () => {
        const held = replicas.map(last);
        const all = new Set(held.flat());
        return held.every((h) => h.length > 0) && all.size === 12 && held.flat().length === 12
          ? true
          : undefined;
      });
    },
    logged(replica, event, requestId) {
      const text = `no-Heat apply ${event} in this replica`;
      return replica.lines.some((l) => l.includes(text) && l.includes(requestId));
    },
    async onlyCompletion(requestId) {
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
      if (completion === undefined) throw new Error(`no completion for ${requestId}`);
      return completion;
    },
    async checkJobTopic() {
      const jobs = await readTopic(BOOTSTRAP, names.jobs);
      expect(jobs.length).toBeGreaterThan(1);
      for (const record of jobs) {
        const text = record.value.toString('utf8');
        for (const clear of [marker, 'kind: server', String(location.properties.os_auth_password)])
          expect(text).not.toContain(clear);
      }
    },
  };
}
