/**
 * Where the live suite finds its cloud: the clouds.yaml written by `npm run cloud:up`, the names of the clouds
 * in it, and what `cloud:up` seeds. Parses clouds.yaml with `yaml` on purpose (not through `src/auth`), so the
 * live suite can test the library's own config loading against an independent reading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { expectObject, type JsonObject, optionalString } from '../../../src/shape/expect.ts';

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
  /** Shared external flat network for floating IPs (subnet 203.0.113.0/24, exists in the DB only). */
  externalNetwork: 'public',
  /** The `demo` project's private network (subnet 10.0.0.0/24), routed to `public` by `demo-router`. */
  privateNetwork: 'demo-net',
  /** The `demo` project's router between `demo-net` and `public`. */
  router: 'demo-router',
} as const;

/** A password account as read from clouds.yaml. The password is non-enumerable: it never shows in a diff. */
export interface LivePasswordAuth {
  readonly type: 'password';
  readonly authUrl: string;
  readonly username: string;
  readonly password: string;
  readonly userDomainName: string | undefined;
  readonly projectName: string | undefined;
  readonly projectDomainName: string | undefined;
  readonly systemScope: string | undefined;
}

/** An application credential as read from clouds.yaml. The secret is non-enumerable. */
export interface LiveApplicationCredentialAuth {
  readonly type: 'v3applicationcredential';
  readonly authUrl: string;
  readonly applicationCredentialId: string;
  readonly applicationCredentialSecret: string;
}

/** One parsed clouds.yaml entry. */
export interface LiveCloud {
  /** The entry's name, e.g. `stratus-demo`. */
  readonly name: string;
  /** The clouds.yaml file it was read from. */
  readonly file: string;
  readonly auth: LivePasswordAuth | LiveApplicationCredentialAuth;
  readonly regionName: string | undefined;
  readonly interface: string | undefined;
  /** The entry as written in the file (secrets included: never log it). */
  readonly entry: JsonObject;
}

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

function readClouds(file: string): JsonObject {
  if (!existsSync(file)) {
    throw new ConfigurationError(
      `No clouds.yaml at ${file}: start the local cloud with \`npm run cloud:up\` (it writes this file), ` +
        'or set OS_CLIENT_CONFIG_FILE to your own clouds.yaml',
    );
  }
  const doc: unknown = parse(readFileSync(file, 'utf8'));
  const clouds = expectObject(doc, `${file}:$`).clouds;
  return clouds === undefined ? {} : expectObject(clouds, `${file}:$.clouds`);
}

function merge(base: JsonObject, overlay: unknown): JsonObject {
  if (typeof overlay !== 'object' || overlay === null || Array.isArray(overlay)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
        ? merge(expectObject(current, key), value)
        : value;
  }
  return out;
}

function parseEntry(name: string, file: string, entry: JsonObject): LiveCloud {
  const path = `${file}:$.clouds.${name}`;
  const auth = expectObject(entry.auth, `${path}.auth`);
  const authType = optionalString(entry.auth_type, `${path}.auth_type`) ?? 'password';
  const authUrl = required(auth.auth_url, `${path}.auth.auth_url`);
  let parsed: LivePasswordAuth | LiveApplicationCredentialAuth;
  if (authType === 'v3applicationcredential') {
    parsed = withSecret(
      {
        type: 'v3applicationcredential',
        authUrl,
        applicationCredentialId: required(
          auth.application_credential_id,
          `${path}.auth.application_credential_id`,
        ),
      },
      'applicationCredentialSecret',
      required(auth.application_credential_secret, `${path}.auth.application_credential_secret`),
    );
  } else if (authType === 'password' || authType === 'v3password') {
    parsed = withSecret(
      {
        type: 'password',
        authUrl,
        username: required(auth.username, `${path}.auth.username`),
        userDomainName: optionalString(auth.user_domain_name, `${path}.auth.user_domain_name`),
        projectName: optionalString(auth.project_name, `${path}.auth.project_name`),
        projectDomainName: optionalString(auth.project_domain_name, `${path}.auth.project_domain_name`),
        systemScope: optionalString(auth.system_scope, `${path}.auth.system_scope`),
      },
      'password',
      required(auth.password, `${path}.auth.password`),
    );
  } else {
    throw new ConfigurationError(
      `${path}.auth_type is '${authType}'; the live helpers read 'password' and 'v3applicationcredential' only`,
    );
  }
  const cloud: LiveCloud = {
    name,
    file,
    auth: parsed,
    regionName: optionalString(entry.region_name, `${path}.region_name`),
    interface: optionalString(entry.interface, `${path}.interface`),
    entry,
  };
  // the raw entry holds the secret too: keep it out of diffs and inspect output
  Object.defineProperty(cloud, 'entry', { enumerable: false });
  return cloud;
}

function required(value: unknown, path: string): string {
  const text = optionalString(value, path);
  if (text === undefined || text === '') {
    throw new ConfigurationError(`${path} is missing: add it to the clouds.yaml (or its secure.yaml)`);
  }
  return text;
}

function withSecret<T extends object, K extends string>(
  value: T,
  key: K,
  secret: string,
): T & Record<K, string> {
  return Object.defineProperty(value, key, { value: secret, enumerable: false }) as T & Record<K, string>;
}

export { CleanupError, type CleanupFn, onCleanup, runCleanups } from './cleanup.ts';
export { TEST_NAME_PREFIX, uniqueName } from './names.ts';
