import type { DebugOptions } from '../transport/options.ts';
import type { CliIo } from './io.ts';

const TO_STDERR: readonly string[] = ['1', 'true', '-', 'stderr'];

/**
 * Rewrites a bare `--debug` to `--debug=-` so that the optional value of `--debug[=FILE]` never swallows the
 * next word (`stratus --debug server list` keeps `server` as the command).
 *
 * @param args - The user arguments.
 * @returns The arguments, with bare `--debug` flags made explicit (nothing after `--` is touched).
 */
export function normaliseDebugFlag(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return args.map((arg, i) => (arg === '--debug' && (end < 0 || i < end) ? '--debug=-' : arg));
}

/**
 * Where the CLI writes its transcript: `--debug` (stderr), `--debug=FILE`, else `STRATUS_DEBUG` or
 * `LIBCLOUD_DEBUG` from the CLI's environment, exactly as the library reads them (`1`, `true`, `-`, `stderr`
 * mean stderr; anything else is a file). Secrets stay redacted unless `STRATUS_DEBUG_UNSAFE_SHOW_SECRETS=1`.
 *
 * @param flag - The `--debug` option: `undefined` when absent, `-` for stderr, or a file.
 * @param io - The CLI's environment and stderr.
 * @returns The transport's debug setting; `false` when neither the flag nor the environment asks for one.
 */
export function cliDebug(flag: string | undefined, io: CliIo): DebugOptions | false {
  const fromEnv = io.env.STRATUS_DEBUG?.trim() || io.env.LIBCLOUD_DEBUG?.trim() || undefined;
  const target = flag === undefined ? fromEnv : flag.trim() || '-';
  if (target === undefined) return false;
  return {
    transcript: TO_STDERR.includes(target.toLowerCase()) ? io.stderr : target,
    unsafeShowSecrets: io.env.STRATUS_DEBUG_UNSAFE_SHOW_SECRETS === '1',
  };
}
