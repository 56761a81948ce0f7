import { Command } from 'commander';
import { STRATUS_VERSION } from '../../transport/version.ts';
import { registerDocumentCommandsOver } from '../commands/document.ts';
import { formatOption } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { registerEc2Server } from './commands.ts';
import { withEc2Driver } from './open-driver.ts';
import { registerEc2Resources } from './resources.ts';

/**
 * The provider a command line asks for: `--provider <name>` / `--provider=<name>`, else `STRATUS_PROVIDER`.
 * @param args - The arguments.
 * @param env - The environment.
 * @returns The provider name, `openstack` by default.
 */
export function providerOf(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--provider') return args[i + 1] ?? 'openstack';
    if (arg.startsWith('--provider=')) return arg.slice('--provider='.length);
  }
  return env.STRATUS_PROVIDER || 'openstack';
}

/**
 * Builds `stratus --provider ec2`: the portable commands on Amazon EC2 (or an EC2-compatible endpoint).
 * @param io - Streams and environment.
 * @returns The program.
 */
export function buildEc2Program(io: CliIo): Command {
  const program = new Command('stratus')
    .description('Stratus on Amazon EC2: credentials from --profile, AWS_* or ~/.aws, like the aws CLI')
    .version(STRATUS_VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) })
    .option('--provider <name>', 'the provider (ec2 here)')
    .option('--profile <name>', 'profile of ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE)')
    .option('--region <name>', "region (default: AWS_REGION or the profile's)")
    .option('--endpoint-url <url>', 'EC2 endpoint, e.g. http://127.0.0.1:15000 for the local EC2')
    .addOption(formatOption())
    .option('--debug', 'write the HTTP transcript (secrets redacted) to stderr', false);
  registerEc2Server(program, io);
  registerEc2Resources(program, io);
  // plan / apply / destroy / import: the same deployment documents as on OpenStack, through createFacade.
  registerDocumentCommandsOver(program, io, (command, cliIo, body) =>
    withEc2Driver(command, cliIo, (driver) => body(driver)),
  );
  return program;
}
