// The live cloud for the reliability suite: a driver of `stratus-demo` whose compute and network endpoints can
// be put behind the fault proxy (endpointOverrides), with a debug transcript in the run's directory.
import { join } from 'node:path';
import type { OpenStackSession } from '../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../src/drivers/openstack/v1-1/driver.ts';
import { createSession, fromCloudsYaml } from '../../src/index.ts';

/** The cloud the suite uses (shared; keep server counts small). */
export const CLOUD = process.env.OS_CLOUD || 'stratus-demo';
/** The real endpoints of the local cloud. */
export const NOVA = 'http://127.0.0.1:8774';
export const NEUTRON = 'http://127.0.0.1:9696';

/** Where the run writes its transcripts (scanned for secrets at the end). */
export interface RunDir {
  readonly path: string;
  transcript(name: string): string;
}

/** @returns The run directory helper. */
export function runDir(path: string): RunDir {
  return { path, transcript: (name) => join(path, `${name}.transcript`) };
}

/** What a driver under test needs. */
export interface DriverSetup {
  /** Compute endpoint (a proxy) or `undefined` for the catalog's. */
  readonly compute?: string | undefined;
  /** Network endpoint (a proxy) or `undefined`. */
  readonly network?: string | undefined;
  /** Transcript file, if any. */
  readonly transcript?: string | undefined;
  /** The per-attempt limit, when not the cloud's. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Opens a driver on the live cloud.
 *
 * @param setup - Endpoint overrides and transcript.
 * @returns The driver and its session (close both).
 */
export async function openDriver(
  setup: DriverSetup,
): Promise<{ driver: OpenStackNodeDriver; session: OpenStackSession; password: string | undefined }> {
  const file = process.env.OS_CLIENT_CONFIG_FILE || '/var/lib/os-harness/clouds.yaml';
  const options = await fromCloudsYaml(CLOUD, { env: { OS_CLIENT_CONFIG_FILE: file } });
  const overrides: Record<string, string> = {};
  if (setup.compute !== undefined) overrides.compute = `${setup.compute}/v2.1`;
  if (setup.network !== undefined) overrides.network = setup.network;
  const session = createSession({
    ...options,
    endpointOverrides: { ...options.endpointOverrides, ...overrides },
    transport: {
      ...options.transport,
      ...(setup.timeoutMs === undefined ? {} : { timeoutMs: setup.timeoutMs }),
      debug: setup.transcript === undefined ? false : { transcript: setup.transcript },
    },
  });
  const auth = options.auth;
  const password = 'password' in auth && typeof auth.password === 'string' ? auth.password : undefined;
  return { driver: new OpenStackNodeDriver({ session }), session, password };
}
