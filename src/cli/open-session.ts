import type { Command } from 'commander';
import { fromCloudsYaml } from '../auth/config/clouds-yaml.ts';
import { settingsFromEnv } from '../auth/config/env.ts';
import { deepMerge } from '../auth/config/raw-config.ts';
import { type CloudSessionOptions, sessionOptionsFromConfig } from '../auth/config/to-session-options.ts';
import { createSession, type OpenStackSession } from '../auth/session.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { cliDebug } from './debug-target.ts';
import { readGlobalOptions } from './global-options.ts';
import type { CliIo } from './io.ts';

/**
 * Reads the session options the way the `openstack` CLI does: with `--os-cloud`/`OS_CLOUD`, the cloud from
 * clouds.yaml (secure.yaml merged) with `--os-*` flags on top; without, the `OS_*` variables with the flags on
 * top.
 *
 * @param command - The running command (for the global options).
 * @param io - Environment and directories.
 * @returns The session options and where they came from.
 * @throws {@link ConfigurationError} naming the missing setting and where to set it.
 */
export async function loadCliCloud(command: Command, io: CliIo): Promise<CloudSessionOptions> {
  const globals = readGlobalOptions(command);
  const cloud = globals.cloud ?? (io.env.OS_CLOUD || undefined);
  const search = { env: io.env, cwd: io.cwd, homeDir: io.homeDir };
  if (cloud !== undefined) return fromCloudsYaml(cloud, { ...search, overrides: globals.overrides });
  const values = deepMerge(settingsFromEnv(io.env), globals.overrides);
  if (Object.keys(values).length === 0) {
    throw new ConfigurationError(
      'No cloud selected: pass --os-cloud <name> (see `stratus cloud list`), set OS_CLOUD, or `source` an ' +
        'openrc file that sets OS_AUTH_URL, OS_USERNAME, …',
    );
  }
  return sessionOptionsFromConfig({ values, origin: 'the OS_* variables and --os-* flags' }, undefined);
}

/**
 * Opens a session from the global options; `--debug[=FILE]`, `STRATUS_DEBUG` or `LIBCLOUD_DEBUG` (from the CLI's
 * environment) turn on the redacted transcript.
 *
 * @param command - The running command.
 * @param io - Environment and output streams.
 * @returns The session (close it when done; {@link withSession} does).
 * @throws {@link ConfigurationError} when no usable cloud configuration is found.
 */
export async function openCliSession(command: Command, io: CliIo): Promise<OpenStackSession> {
  const options = await loadCliCloud(command, io);
  const globals = readGlobalOptions(command);
  const debug = cliDebug(globals.debug, io);
  return createSession({ ...options, transport: { ...options.transport, debug } });
}

/**
 * Runs `body` with a session opened from the global options and always closes it.
 *
 * @param command - The running command.
 * @param io - Environment and output streams.
 * @param body - What to do with the session.
 * @returns What `body` returns.
 */
export async function withSession<T>(
  command: Command,
  io: CliIo,
  body: (session: OpenStackSession) => Promise<T>,
): Promise<T> {
  const session = await openCliSession(command, io);
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}
