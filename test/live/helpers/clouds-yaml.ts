/**
 * Reading clouds.yaml for the live helpers: the file, secure.yaml merging, and one entry parsed into a
 * {@link LiveCloud} whose secrets are non-enumerable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { expectObject, type JsonObject, optionalString } from '../../../src/shape/expect.ts';

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

/** The `clouds:` map of a clouds.yaml (or secure.yaml); an error says how to get the file. */
export function readClouds(file: string): JsonObject {
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

/** Deep-merges `overlay` (a secure.yaml entry) over `base`, as openstacksdk does. */
export function merge(base: JsonObject, overlay: unknown): JsonObject {
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

/** Parses one merged entry; the password or secret becomes a non-enumerable property. */
export function parseEntry(name: string, file: string, entry: JsonObject): LiveCloud {
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
