import type { Command } from 'commander';
import type { CliIo } from './io.ts';

/**
 * Adds one command group (`token`, `catalog`, `server`, …) to the program. Each group lives in
 * `src/cli/commands/<group>.ts`, exports one of these, and is listed in `src/cli/commands/index.ts`.
 *
 * @remarks
 * Actions read the global options with `readGlobalOptions(command)`, open a session with
 * `withSession(command, io, …)` and print with `printList` / `printRecord`; errors are thrown, and the
 * program prints them (typed errors as one line, exit code 1).
 */
export type RegisterCommandGroup = (program: Command, io: CliIo) => void;
