import { ConfigurationError } from '../../errors/configuration-error.ts';
import { deepMerge, isMapping } from './raw-config.ts';
import {
  type ConfigSearchOptions,
  cloudsYamlSearchPath,
  firstCloudsFile,
  noCloudsFileMessage,
  readCloudsFile,
  secureYamlSearchPath,
} from './search-path.ts';
import { type CloudSessionOptions, sessionOptionsFromConfig } from './to-session-options.ts';

/** Options for {@link fromCloudsYaml}. */
export interface FromCloudsYamlOptions extends ConfigSearchOptions {
  /** Settings that win over the file (openstacksdk keys, e.g. from `--os-*` flags). */
  readonly overrides?: Readonly<Record<string, unknown>> | undefined;
}

/** One cloud found in a config file, for `stratus cloud list`. */
export interface CloudListing {
  /** The cloud name. */
  readonly name: string;
  /** The clouds.yaml it is defined in. */
  readonly file: string;
  /** Whether this file is the one openstacksdk (and Stratus) would use: the first found. */
  readonly active: boolean;
  /** The secure.yaml that adds to it, when one has an entry for this cloud. */
  readonly secureFile: string | undefined;
  /** The auth URL, when set. */
  readonly authUrl: string | undefined;
  /** The region, when set. */
  readonly region: string | undefined;
}

/**
 * Reads one cloud from clouds.yaml (merged with secure.yaml) with openstacksdk's semantics: the first
 * clouds file on the search path is used; the cloud is `name`, else `OS_CLOUD`, else the only cloud in the file.
 *
 * @param name - The cloud name.
 * @param options - Search path inputs (pass `env: process.env` for the real environment) and overrides.
 * @returns Session options plus `cloud`, `origin` and TLS/timeout `connection` settings.
 * @throws {@link ConfigurationError} naming the file and key when the cloud or a setting is missing or invalid.
 *
 * @example
 * ```ts
 * import { createSession, fromCloudsYaml } from 'stratus';
 * const options = await fromCloudsYaml('mycloud', { env: process.env });
 * const session = createSession(options);
 * ```
 */
export async function fromCloudsYaml(
  name?: string,
  options: FromCloudsYamlOptions = {},
): Promise<CloudSessionOptions> {
  const searched = cloudsYamlSearchPath(options);
  const file = await firstCloudsFile(searched);
  if (file === undefined) {
    throw new ConfigurationError(noCloudsFileMessage(options));
  }
  const names = Object.keys(file.clouds);
  const wanted = name ?? options.env?.OS_CLOUD ?? (names.length === 1 ? names[0] : undefined);
  if (wanted === undefined) {
    throw new ConfigurationError(
      `Which cloud? ${file.path} defines ${names.join(', ') || 'no clouds'}: pass a name, --os-cloud or OS_CLOUD`,
    );
  }
  const cloud = file.clouds[wanted];
  if (cloud === undefined) {
    throw new ConfigurationError(
      `Cloud \`${wanted}\` is not defined in ${file.path}; it defines: ${names.join(', ') || 'no clouds'}`,
    );
  }
  const secure = await firstCloudsFile(secureYamlSearchPath(options));
  const secureEntry = secure?.clouds[wanted];
  const overrides = options.overrides ?? {};
  // A bad value may come from an override (a --os-* flag), not the file: the origin says both.
  const flagged = Object.keys(overrides).length > 0 ? ', with overrides such as --os-* flags' : '';
  const origin = `${file.path} (cloud \`${wanted}\`${secureEntry ? `, with ${secure?.path}` : ''}${flagged})`;
  const values = deepMerge(cloud, secureEntry ?? {}, overrides);
  rejectVendorProfile(values, origin);
  return sessionOptionsFromConfig({ values, origin }, wanted);
}

/**
 * Lists every cloud defined in every clouds file on the search path, marking the file that is used.
 *
 * @param options - Search path inputs.
 * @returns The clouds, in search-path order.
 * @throws {@link ConfigurationError} naming a file that is not valid.
 */
export async function listClouds(options: ConfigSearchOptions = {}): Promise<readonly CloudListing[]> {
  const secure = await firstCloudsFile(secureYamlSearchPath(options));
  const out: CloudListing[] = [];
  let active = true;
  for (const path of new Set(cloudsYamlSearchPath(options))) {
    const file = await readCloudsFile(path);
    if (file === undefined) continue;
    for (const [name, cloud] of Object.entries(file.clouds)) {
      const auth = isMapping(cloud.auth) ? cloud.auth : {};
      out.push({
        name,
        file: file.path,
        active,
        secureFile: active && secure?.clouds[name] !== undefined ? secure.path : undefined,
        authUrl: typeof auth.auth_url === 'string' ? auth.auth_url : undefined,
        region: typeof cloud.region_name === 'string' ? cloud.region_name : undefined,
      });
    }
    active = false;
  }
  return out;
}

function rejectVendorProfile(values: Readonly<Record<string, unknown>>, origin: string): void {
  const profile = values.profile ?? values.cloud;
  const auth = isMapping(values.auth) ? values.auth : {};
  if (typeof profile === 'string' && auth.auth_url === undefined) {
    throw new ConfigurationError(
      `${origin} uses the vendor profile \`${profile}\`, which Stratus does not read: add \`auth.auth_url\` ` +
        "(and `region_name`) from the vendor's documentation to this cloud",
    );
  }
}
