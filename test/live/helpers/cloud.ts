/**
 * Where the live suite finds its cloud: the clouds.yaml written by `npm run cloud:up`, the names of the clouds
 * in it, and what `cloud:up` seeds. Parses clouds.yaml with `yaml` on purpose (not through `src/auth`), so the
 * live suite can test the library's own config loading against an independent reading.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { expectObject } from '../../../src/shape/expect.ts';
import { type LiveCloud, merge, parseEntry, readClouds } from './clouds-yaml.ts';

/** The local cloud's state directory when `STRATUS_CLOUD_STATE` is not set (same as scripts/local-cloud). */
export const DEFAULT_STATE_DIR = '/var/lib/os-harness';

/** The clouds written by `cloud:up`; `harness-admin`, `harness-demo`… are aliases of the same accounts. */
export const CLOUD_NAMES = {
  /** `admin` user, project `admin` (also admin on `demo`). */
  admin: 'stratus-admin',
  /** Non-admin `demo` user (member + reader) in its own project `demo`. */
  demo: 'stratus-demo',
  /** An application credential of the `demo` user (auth_type `v3applicationcredential`). */
  applicationCredential: 'stratus-demo-appcred',
} as const;

/** What `cloud:up` seeds (idempotently) for the tests to use; tests must not modify or delete these. */
export const SEED = {
  /** A public 4 KiB raw image (the fake hypervisor boots anything). */
  image: 'stratus-tiny',
  /** Public flavors: nano 64 MiB/1 GiB, tiny 128 MiB/1 GiB, small 512 MiB/5 GiB, all 1 vCPU. */
  flavors: ['m1.nano', 'm1.tiny', 'm1.small'],
  /** The external flat network for floating IPs (subnet 203.0.113.0/24, exists in the DB only). */
  externalNetwork: 'public',
  /** The `demo` project's private network (subnet 10.0.0.0/24), routed to `public` by `demo-router`. */
  privateNetwork: 'demo-net',
  /** The `demo` project's router between `demo-net` and `public`. */
  router: 'demo-router',
} as const;

/**
 * The clouds.yaml the live suite uses.
 *
 * @returns `OS_CLIENT_CONFIG_FILE` when set, else `clouds.yaml` in the local cloud's state directory
 *   (`STRATUS_CLOUD_STATE`, default {@link DEFAULT_STATE_DIR}).
 */
export function cloudsYamlPath(): string {
  const explicit = process.env.OS_CLIENT_CONFIG_FILE;
  if (explicit !== undefined && explicit !== '') return explicit;
  return join(process.env.STRATUS_CLOUD_STATE ?? DEFAULT_STATE_DIR, 'clouds.yaml');
}

/**
 * The cloud the live suite targets by default: `OS_CLOUD` when set, else {@link CLOUD_NAMES}.demo.
 *
 * @returns A cloud name.
 */
export function defaultCloudName(): string {
  const name = process.env.OS_CLOUD;
  return name !== undefined && name !== '' ? name : CLOUD_NAMES.demo;
}

/**
 * Reads and parses one cloud of the live clouds.yaml (merged with a `secure.yaml` next to it, or
 * `OS_CLIENT_SECURE_FILE`, as openstacksdk does).
 *
 * @param name - The cloud's name, e.g. {@link CLOUD_NAMES}.admin.
 * @returns The parsed entry.
 * @throws {@link ConfigurationError} when the file is missing, the cloud is not in it, or a field is unusable.
 */
export function loadCloud(name: string): LiveCloud {
  const file = cloudsYamlPath();
  const clouds = readClouds(file);
  const secureFile = process.env.OS_CLIENT_SECURE_FILE ?? join(dirname(file), 'secure.yaml');
  const secure = existsSync(secureFile) ? readClouds(secureFile) : {};
  const base = clouds[name];
  if (base === undefined) {
    const known = Object.keys(clouds).join(', ') || 'none';
    throw new ConfigurationError(
      `Cloud '${name}' is not in ${file} (it has: ${known}); run \`npm run cloud:up\` to write it, ` +
        'or set OS_CLIENT_CONFIG_FILE to a clouds.yaml that has it',
    );
  }
  const entry = merge(expectObject(base, `${file}:$.clouds.${name}`), secure[name]);
  return parseEntry(name, file, entry);
}

/**
 * The names of every cloud in the live clouds.yaml.
 *
 * @returns The cloud names, in file order.
 */
export function listCloudNames(): string[] {
  return Object.keys(readClouds(cloudsYamlPath()));
}

export { CleanupError, type CleanupFn, onCleanup, runCleanups } from './cleanup.ts';
export type { LiveApplicationCredentialAuth, LiveCloud, LivePasswordAuth } from './clouds-yaml.ts';
export { TEST_NAME_PREFIX, uniqueName } from './names.ts';
