import { type Command, Option } from 'commander';
import { ConfigurationError } from '../errors/configuration-error.ts';
import type { normaliseDebugFlag } from './debug-target.ts';

/** Output formats every listing command supports. */
export const OutputFormat = { TABLE: 'table', JSON: 'json' } as const;

/** `table` or `json`. */
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat];

/** The options every command shares, read once from the command line. */
export interface GlobalOptions {
  /** The clouds.yaml cloud (`--os-cloud`, `--cloud`; else `OS_CLOUD`). */
  readonly cloud: string | undefined;
  /** The output format. */
  readonly format: OutputFormat;
  /**
   * `--debug[=FILE]`: `-` for stderr, or a file; `undefined` when absent (then `STRATUS_DEBUG` /
   * `LIBCLOUD_DEBUG` decide).
   */
  readonly debug: string | undefined;
  /** Settings from `--os-*` flags in openstacksdk form; they win over clouds.yaml and `OS_*`. */
  readonly overrides: Readonly<Record<string, unknown>>;
}

/** `--os-<flag>` → openstacksdk key; `auth.` keys go under `auth`. */
const OS_FLAGS: readonly (readonly [flag: string, key: string, help: string])[] = [
  ['auth-url', 'auth.auth_url', 'Keystone URL'],
  ['auth-type', 'auth_type', 'auth plugin: password, v3applicationcredential, v3token, token, v2password, …'],
  ['username', 'auth.username', 'user name'],
  ['user-id', 'auth.user_id', 'user id'],
  ['password', 'auth.password', 'password (prefer clouds.yaml/secure.yaml or OS_PASSWORD)'],
  ['project-name', 'auth.project_name', 'project name'],
  ['project-id', 'auth.project_id', 'project id'],
  ['user-domain-name', 'auth.user_domain_name', "the user's domain name"],
  ['user-domain-id', 'auth.user_domain_id', "the user's domain id"],
  ['project-domain-name', 'auth.project_domain_name', "the project's domain name"],
  ['project-domain-id', 'auth.project_domain_id', "the project's domain id"],
  ['domain-name', 'auth.domain_name', 'domain scope, by name'],
  ['domain-id', 'auth.domain_id', 'domain scope, by id'],
  ['system-scope', 'auth.system_scope', 'system scope (all)'],
  ['default-domain', 'auth.default_domain_id', 'default domain id for user and project'],
  ['token', 'auth.token', 'token for auth type token/v3token/admin_token'],
  ['application-credential-id', 'auth.application_credential_id', 'application credential id'],
  ['application-credential-name', 'auth.application_credential_name', 'application credential name'],
  ['application-credential-secret', 'auth.application_credential_secret', 'application credential secret'],
  ['region-name', 'region_name', 'region'],
  ['interface', 'interface', 'endpoint interface: public, internal or admin'],
  ['identity-api-version', 'identity_api_version', 'identity API version (2.0 or 3)'],
  ['cacert', 'cacert', 'CA bundle file'],
  ['cert', 'cert', 'client certificate file'],
  ['key', 'key', 'client key file'],
];

function camel(flag: string): string {
  return `os${flag.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
}

const DOCUMENT_COMMANDS = new WeakSet<Command>();

function collectFormat(value: string, previous: unknown): string[] {
  const earlier = Array.isArray(previous) && previous !== DEFAULT_FORMAT ? previous.map(String) : [];
  return [...earlier, value];
}

const DEFAULT_FORMAT: string[] = ['table'];

/**
 * Lets a command take its document with `-f <file>` next to `-f json` (`stratus apply -f doc.yaml -f json`):
 * values of `-f` other than `table`/`json` are then document files (read them with {@link readDocumentFiles}).
 *
 * @param command - The command.
 * @returns The same command.
 */
export function acceptDocumentFiles(command: Command): Command {
  DOCUMENT_COMMANDS.add(command);
  return command;
}

/**
 * The document files given with `-f` to a command marked by {@link acceptDocumentFiles}.
 *
 * @param command - The running command.
 * @returns The `-f` values that are not output formats.
 */
export function readDocumentFiles(command: Command): string[] {
  const value: unknown = command.optsWithGlobals().format;
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  return values.filter((item) => item !== 'json' && item !== 'table');
}

/**
 * Adds the global options (`--os-cloud`/`--cloud`, the `--os-*` flags, `--insecure`, `-f`, `--debug[=FILE]`).
 * Run the arguments through {@link normaliseDebugFlag} first, so a bare `--debug` takes no value.
 *
 * @param program - The root command.
 * @returns The same command.
 */
export function addGlobalOptions(program: Command): Command {
  program
    .option('--os-cloud, --cloud <name>', 'cloud from clouds.yaml (default: OS_CLOUD)')
    .addOption(formatOption())
    .option(
      '--debug [file]',
      'write the HTTP transcript (secrets redacted) to stderr, or to a file with --debug=FILE ' +
        '(default: STRATUS_DEBUG or LIBCLOUD_DEBUG)',
    )
    .option('--insecure', 'do not verify the server certificate (throwaway test clouds only)');
  for (const [flag, , help] of OS_FLAGS) program.option(`--os-${flag} <value>`, help);
  return program;
}

/**
 * The `-f, --format` option every program shares: `table` or `json`, and for `plan`/`apply`/`destroy` also the
 * document (`-f doc.yaml -f json`).
 *
 * @returns A fresh option.
 */
export function formatOption(): Option {
  return new Option(
    '-f, --format <format>',
    'output format: table or json (plan/apply/destroy: also the document)',
  )
    .argParser(collectFormat)
    .default(DEFAULT_FORMAT);
}

/**
 * Reads the output format from any command: the last `-f` that is `table` or `json`.
 *
 * @param command - The running command.
 * @returns The output format.
 * @throws {@link ConfigurationError} for another value, unless the command takes a document with `-f`.
 */
export function readFormat(command: Command): OutputFormat {
  const opts: Record<string, unknown> = command.optsWithGlobals();
  const values = Array.isArray(opts.format) ? opts.format.map(String) : [String(opts.format)];
  const other = values.find((value) => value !== 'json' && value !== 'table');
  if (other !== undefined && !DOCUMENT_COMMANDS.has(command)) {
    throw new ConfigurationError(
      `-f/--format ${other} is not an output format. Allowed choices are table, json.`,
    );
  }
  return values.filter((value) => value === 'json' || value === 'table').at(-1) === 'json' ? 'json' : 'table';
}

/**
 * Reads the global options from any command (they are inherited by subcommands).
 *
 * @param command - The running command.
 * @returns The parsed global options.
 */
export function readGlobalOptions(command: Command): GlobalOptions {
  const opts: Record<string, unknown> = command.optsWithGlobals();
  const auth: Record<string, string> = {};
  const top: Record<string, unknown> = {};
  for (const [flag, key] of OS_FLAGS) {
    const value = opts[camel(flag)];
    if (typeof value !== 'string') continue;
    if (key.startsWith('auth.')) auth[key.slice(5)] = value;
    else top[key] = value;
  }
  if (opts.insecure === true) top.verify = false;
  const format = readFormat(command);
  return Object.freeze({
    cloud: typeof opts.cloud === 'string' ? opts.cloud : undefined,
    format,
    debug: opts.debug === true ? '-' : typeof opts.debug === 'string' ? opts.debug : undefined,
    overrides: Object.keys(auth).length === 0 ? top : { ...top, auth },
  });
}
