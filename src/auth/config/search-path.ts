import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { isMapping, normaliseKeys } from './raw-config.ts';

/** Where to look for clouds.yaml and secure.yaml; every field defaults to the real process values. */
export interface ConfigSearchOptions {
  /** The environment (`OS_CLIENT_CONFIG_FILE`, `OS_CLIENT_SECURE_FILE`, `XDG_CONFIG_HOME`, `OS_CLOUD`). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The working directory for `./clouds.yaml`. */
  readonly cwd?: string | undefined;
  /** The home directory for `~/.config/openstack`. */
  readonly homeDir?: string | undefined;
}

const EXTENSIONS = ['yaml', 'yml', 'json'] as const;

function directories(options: ConfigSearchOptions): string[] {
  const env = options.env ?? {};
  const home = options.homeDir ?? homedir();
  const dirs = [options.cwd ?? process.cwd()];
  if (env.XDG_CONFIG_HOME) dirs.push(join(env.XDG_CONFIG_HOME, 'openstack'));
  dirs.push(join(home, '.config', 'openstack'), '/etc/openstack');
  return [...new Set(dirs.map((d) => resolve(d)))];
}

/**
 * The clouds.yaml search path, in openstacksdk's order: `OS_CLIENT_CONFIG_FILE`, `./`,
 * `$XDG_CONFIG_HOME/openstack`, `~/.config/openstack`, `/etc/openstack` (each `clouds.yaml`, `.yml`, `.json`).
 *
 * @param options - Environment, working and home directory.
 * @returns The candidate files, first match wins.
 */
export function cloudsYamlSearchPath(options: ConfigSearchOptions = {}): readonly string[] {
  const explicit = options.env?.OS_CLIENT_CONFIG_FILE;
  const found = directories(options).flatMap((d) => EXTENSIONS.map((e) => join(d, `clouds.${e}`)));
  return explicit ? [resolve(explicit), ...found] : found;
}

/**
 * The secure.yaml search path (`OS_CLIENT_SECURE_FILE` first), same directories as clouds.yaml.
 *
 * @param options - Environment, working and home directory.
 * @returns The candidate files, first match wins.
 */
export function secureYamlSearchPath(options: ConfigSearchOptions = {}): readonly string[] {
  const explicit = options.env?.OS_CLIENT_SECURE_FILE;
  const found = directories(options).flatMap((d) => EXTENSIONS.map((e) => join(d, `secure.${e}`)));
  return explicit ? [resolve(explicit), ...found] : found;
}

/**
 * Says that no clouds.yaml exists, where Stratus looked, and how to fix it.
 *
 * @param options - The search path inputs that found nothing.
 * @returns The message (also used by `stratus cloud list`).
 */
export function noCloudsFileMessage(options: ConfigSearchOptions = {}): string {
  const explicit = options.env?.OS_CLIENT_CONFIG_FILE;
  const named = explicit ? ` OS_CLIENT_CONFIG_FILE names ${resolve(explicit)}, which does not exist.` : '';
  return (
    `No clouds.yaml found; looked in: ${cloudsYamlSearchPath(options).join(', ')}.${named} Create ` +
    `${join(options.homeDir ?? homedir(), '.config', 'openstack', 'clouds.yaml')} (or point ` +
    'OS_CLIENT_CONFIG_FILE at one), or use OS_* variables instead (`fromEnv`, or `source` an openrc file)'
  );
}

/** A parsed clouds.yaml or secure.yaml. */
export interface CloudsFile {
  /** The file path. */
  readonly path: string;
  /** The `clouds` mapping, keys normalised. */
  readonly clouds: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/**
 * Reads and parses one clouds/secure file.
 *
 * @param path - The file.
 * @returns The file's clouds, or `undefined` when the file does not exist.
 * @throws {@link ConfigurationError} naming the file when it is not valid YAML or has no `clouds` mapping.
 */
export async function readCloudsFile(path: string): Promise<CloudsFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
      return undefined;
    }
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new ConfigurationError(`Cannot read ${path}${code}: check that it is a file you may read`, {
      cause: error,
    });
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (cause) {
    throw new ConfigurationError(`${path} is not valid YAML; fix the syntax`, { cause });
  }
  const clouds: unknown = isMapping(doc) ? doc.clouds : undefined;
  if (!isMapping(clouds)) {
    throw new ConfigurationError(
      `${path} has no \`clouds:\` mapping; see the openstacksdk clouds.yaml format`,
    );
  }
  const out: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const [name, cloud] of Object.entries(clouds)) {
    if (!isMapping(cloud)) throw new ConfigurationError(`\`clouds.${name}\` in ${path} must be a mapping`);
    out[name] = normaliseKeys(cloud);
  }
  return { path, clouds: out };
}

/**
 * Finds the first existing file of a search path.
 *
 * @param paths - The candidates, in order.
 * @returns The parsed file, or `undefined` when none exists.
 * @throws {@link ConfigurationError} when the first existing file is invalid.
 */
export async function firstCloudsFile(paths: readonly string[]): Promise<CloudsFile | undefined> {
  for (const path of paths) {
    const file = await readCloudsFile(path);
    if (file !== undefined) return file;
  }
  return undefined;
}
