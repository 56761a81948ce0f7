// Helpers of bench/brent.bench.ts: the drivers under test, ours (replicas started as `npm run brent` does) and an
// optional peer serving the same Resource Driver API (BRENT_PEER_URL, BRENT_PEER_TOPIC, BRENT_PEER_PID).
import { randomBytes } from 'node:crypto';
import { type Replica, startReplica } from '../apps/brent-driver/scripts/demo-services.ts';
import { freePort } from '../apps/brent-driver/test/live/helpers/local-kafka.ts';
import { rssMiB } from './brent-load.ts';
import { treeRssMiB } from './brent-peer.ts';

/** A driver under test. */
export interface Target {
  /** How the tables name it. */
  readonly name: string;
  /** Its replicas' base URLs. */
  readonly urls: readonly string[];
  /** Its completion topic. */
  readonly topic: string;
  /** RSS in MiB, one value per process (tree). */
  readonly rss: () => readonly number[];
}

/**
 * Starts our replicas (BRENT_REPLICAS, default 2) on the shared Kafka with a fresh group and topics.
 *
 * @param bootstrap - The broker.
 * @returns The target and the replicas to stop.
 */
export async function startOurs(bootstrap: string): Promise<{ target: Target; replicas: Replica[] }> {
  const run = `t-bench-brent-${randomBytes(3).toString('hex')}`;
  const env = {
    BRENT_JOB_KEY: randomBytes(32).toString('base64'),
    BRENT_KAFKA_BOOTSTRAP: bootstrap,
    BRENT_GROUP_ID: run,
    BRENT_JOB_TOPIC: `${run}-jobs`,
    BRENT_COMPLETION_TOPIC: `${run}-done`,
    LOG_LEVEL: 'warn',
  };
  const replicas: Replica[] = [];
  for (let i = 0; i < Number(process.env.BRENT_REPLICAS ?? 2); i++)
    replicas.push(await startReplica(await freePort(), env));
  const rss = () => replicas.map((r) => rssMiB(r.child.pid ?? 0));
  const target = { name: `ours (${replicas.length} replicas)`, urls: replicas.map((r) => r.url), rss };
  return { target: { ...target, topic: env.BRENT_COMPLETION_TOPIC }, replicas };
}

/**
 * The peer from the environment.
 *
 * @returns It, or undefined when BRENT_PEER_URL is not set.
 */
export function peerTarget(): Target | undefined {
  const url = process.env.BRENT_PEER_URL;
  if (url === undefined || url === '') return undefined;
  const pid = Number(process.env.BRENT_PEER_PID ?? 0);
  return {
    name: process.env.BRENT_PEER_NAME ?? 'peer',
    urls: [url],
    topic: process.env.BRENT_PEER_TOPIC ?? 'lm_vnfc_lifecycle_execution_events',
    rss: () => (pid > 0 ? [treeRssMiB(pid)] : []),
  };
}
