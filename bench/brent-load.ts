// Helpers of bench/brent.bench.ts: Creates fired at a replica set, a watcher that notes when each stack reaches
// CREATE_COMPLETE (one stack list every 250 ms), the completion records with their broker timestamps, and RSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { createServiceClient, type ServiceClient } from 'stratus/openstack';
import { createStack, deleteStack, listStacks } from 'stratus/openstack/orchestration';
import { CLOUDS_YAML, osLocation } from '../apps/brent-driver/test/helpers/local-cloud.ts';
import { driverFilesOf, FIXTURES } from '../apps/brent-driver/test/helpers/packages.ts';
import { readTopic } from '../apps/brent-driver/test/live/helpers/topic-reader.ts';

/** One Create as seen from outside. */
export interface CreateTiming {
  readonly requestId: string;
  readonly stackName: string;
  /** The Heat stack id the 202 carried ('' when none). */
  readonly stackId: string;
  /** ms from sending the execute to its 202. */
  readonly acceptMs: number;
  /** Epoch ms of the answer. */
  readonly acceptedAt: number;
  /** The answer's status (202, or the error the driver gave, e.g. 500 when Heat did not answer in 30 s). */
  readonly status: number;
}

const CLOUD = 'stratus-demo';

/** A Heat client on the demo cloud, and its session to close. */
export async function heatClient(): Promise<{ heat: ServiceClient; close: () => Promise<void> }> {
  const session = createSession(await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } }));
  const endpoint = await session.endpointFor({ type: 'orchestration' });
  const heat = createServiceClient({
    serviceType: 'orchestration',
    name: 'Heat',
    endpoint,
    send: session.send,
  });
  return { heat, close: () => session.close() };
}

/**
 * Fires `count` Creates of the one-resource Heat package at once, spread over the replicas.
 *
 * @param urls - The replicas.
 * @param prefix - Name prefix of the resources.
 * @param count - How many at once.
 * @param osApiUrl - Keystone's origin to put in the deployment location (e.g. a counting proxy).
 * @returns One timing per Create.
 */
export async function fireCreates(
  urls: readonly string[],
  prefix: string,
  count: number,
  osApiUrl?: string,
): Promise<CreateTiming[]> {
  const driverFiles = driverFilesOf(join(FIXTURES, 'packages', 'tiny-heat'));
  const base = osLocation(CLOUD);
  const location =
    osApiUrl === undefined ? base : { ...base, properties: { ...base.properties, os_api_url: osApiUrl } };
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const resourceName = `${prefix}-${i}`;
      const body = {
        lifecycleName: 'Create',
        driverFiles,
        systemProperties: {
          resourceId: { type: 'string', value: 'id' },
          resourceName: { type: 'string', value: resourceName },
        },
        resourceProperties: { k: { type: 'key', keyName: 'bench', privateKey: 'bench-not-a-key' } },
        requestProperties: {},
        deploymentLocation: location,
      };
      const started = performance.now();
      const response = await fetch(`${urls[i % urls.length]}/api/driver/lifecycle/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      const acceptMs = performance.now() - started;
      const { requestId = '', associatedTopology = {} } = JSON.parse(text) as {
        requestId?: string;
        associatedTopology?: Record<string, { id?: string }>;
      };
      return {
        requestId,
        stackName: `${resourceName}.id`,
        stackId: Object.values(associatedTopology)[0]?.id ?? '',
        acceptMs,
        acceptedAt: Date.now(),
        status: response.status,
      };
    }),
  );
}

/**
 * Waits for a completion of every request and returns each one's broker timestamp.
 *
 * @param bootstrap - The broker.
 * @param topic - The completion topic.
 * @param ids - The request ids.
 * @param timeoutMs - Give up after this long.
 * @returns requestId → epoch ms of its completion record.
 */
export async function completionTimes(
  bootstrap: string,
  topic: string,
  ids: readonly string[],
  timeoutMs: number,
): Promise<Map<string, number>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const times = new Map<string, number>();
    for (const record of await readTopic(bootstrap, topic, 1_000)) {
      const { requestId } = JSON.parse(record.value.toString('utf8')) as { requestId: string };
      times.set(requestId, Number(record.timestamp));
    }
    if (ids.every((id) => times.has(id)) || Date.now() > until) return times;
    await new Promise((done) => setTimeout(done, 1_000));
  }
}

/**
 * Deletes every stack whose name starts with the prefix and, with `waitMs`, waits until Heat lists none of
 * them (so the next round does not share Heat's engine with these deletes).
 *
 * @param heat - The Heat client.
 * @param prefix - Stack name prefix.
 * @param waitMs - How long to wait for the deletes to finish (0: do not wait).
 * @returns How many were deleted.
 */
export async function deleteStacks(heat: ServiceClient, prefix: string, waitMs = 0): Promise<number> {
  let n = 0;
  for await (const stack of listStacks(heat)) {
    if (!stack.name.startsWith(prefix)) continue;
    await deleteStack(heat, stack).catch(() => undefined);
    n += 1;
  }
  for (const until = Date.now() + waitMs; Date.now() < until; ) {
    let left = 0;
    for await (const stack of listStacks(heat)) if (stack.name.startsWith(prefix)) left += 1;
    if (left === 0) break;
    await new Promise((done) => setTimeout(done, 500));
  }
  return n;
}

/** Resident memory of a process in MiB. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
}

/** The p-th percentile (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/**
 * The floor: the same one-resource stack created straight at Heat, `count` at once (what every execute waits for).
 *
 * @param heat - The Heat client.
 * @param prefix - Stack name prefix.
 * @param count - How many at once.
 * @returns Each POST's latency in ms (failed ones left out).
 */
export async function heatCreates(heat: ServiceClient, prefix: string, count: number): Promise<number[]> {
  const template = readFileSync(join(FIXTURES, 'packages', 'tiny-heat', 'heat.yaml'), 'utf8');
  const parameters = { system_resourceId: 'id', k: 'bench', k_private: 'bench-not-a-key' };
  const times = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const started = performance.now();
      const ok = await createStack(heat, { name: `${prefix}-${i}.id`, template, parameters }).then(
        () => true,
        () => false,
      );
      return ok ? [performance.now() - started] : [];
    }),
  );
  return times.flat();
}
