import type { Writable } from 'node:stream';

/** Where the CLI reads its environment and writes its output; tests pass their own. */
export interface CliIo {
  /** Normal output (tables, JSON). */
  readonly stdout: Writable;
  /** Errors and the `--debug` transcript. */
  readonly stderr: Writable;
  /** The environment (`OS_*`, `OS_CLOUD`, `OS_CLIENT_CONFIG_FILE`…). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory for `./clouds.yaml`. @defaultValue `process.cwd()` */
  readonly cwd?: string | undefined;
  /** The home directory for `~/.config/openstack`. @defaultValue `os.homedir()` */
  readonly homeDir?: string | undefined;
}
