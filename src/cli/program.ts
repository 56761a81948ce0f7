import { Command, CommanderError } from 'commander';
import { CloudError } from '../errors/cloud-error.ts';
import { STRATUS_VERSION } from '../transport/version.ts';
import { COMMAND_GROUPS } from './commands/index.ts';
import { buildEc2Program, providerOf } from './ec2/program.ts';
import { ExitCode } from './exit-code.ts';
import { addGlobalOptions } from './global-options.ts';
import type { CliIo } from './io.ts';

/**
 * Builds the `stratus` program with the global options and every command group.
 *
 * @param io - Environment and output streams.
 * @returns The commander program (not yet parsed).
 */
export function buildProgram(io: CliIo): Command {
  const program = new Command('stratus')
    .description(
      'Stratus: OpenStack from the command line, with the same clouds.yaml and OS_* as `openstack`',
    )
    .version(STRATUS_VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  addGlobalOptions(program);
  for (const register of COMMAND_GROUPS) register(program, io);
  return program;
}

/**
 * Runs the CLI: parses `args` (without `node` and the script), runs the command, prints errors.
 *
 * @param args - The user arguments, e.g. `['catalog', 'list', '--os-cloud', 'mycloud']`.
 * @param io - Environment and output streams.
 * @returns The exit code: 0 on success, 1 on an error, 2 on a usage error.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = providerOf(args, io.env) === 'ec2' ? buildEc2Program(io) : buildProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return ok ? 0 : 2;
    }
    if (error instanceof ExitCode) return error.exitCode;
    if (error instanceof CloudError) {
      io.stderr.write(`Error (${error.code}): ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
