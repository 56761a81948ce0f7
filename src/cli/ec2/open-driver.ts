import { join } from 'node:path';
import type { Command } from 'commander';
import { ec2FromEnv } from '../../drivers/ec2/config/from-env.ts';
import { ec2FromProfile } from '../../drivers/ec2/config/from-profile.ts';
import type { Ec2DriverConfig } from '../../drivers/ec2/config/types.ts';
import { Ec2NodeDriver } from '../../drivers/ec2/driver.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { type OutputFormat, readFormat } from '../global-options.ts';
import type { CliIo } from '../io.ts';

/** The global options of `stratus --provider ec2`. */
export interface Ec2GlobalOptions {
  /** `--profile`: a profile of ~/.aws/credentials and ~/.aws/config. */
  readonly profile: string | undefined;
  /** `--region`. */
  readonly region: string | undefined;
  /** `--endpoint-url`. */
  readonly endpointUrl: string | undefined;
  /** `-f`. */
  readonly format: OutputFormat;
  /** `--debug`. */
  readonly debug: boolean;
}

/**
 * @param command - Any (sub)command of the EC2 program.
 * @returns Its global options.
 */
export function readEc2Options(command: Command): Ec2GlobalOptions {
  const opts: Record<string, unknown> = command.optsWithGlobals();
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    profile: text(opts.profile),
    region: text(opts.region),
    endpointUrl: text(opts.endpointUrl),
    format: readFormat(command),
    debug: opts.debug === true,
  };
}

async function loadConfig(options: Ec2GlobalOptions, io: CliIo): Promise<Ec2DriverConfig> {
  const env = options.region === undefined ? io.env : { ...io.env, AWS_REGION: options.region };
  const useEnv = options.profile === undefined && (env.AWS_ACCESS_KEY_ID ?? '') !== '';
  if (useEnv) return ec2FromEnv(env);
  const aws = io.homeDir === undefined ? undefined : join(io.homeDir, '.aws');
  return ec2FromProfile(options.profile, {
    env,
    credentialsFile: aws === undefined ? undefined : join(aws, 'credentials'),
    configFile: aws === undefined ? undefined : join(aws, 'config'),
  });
}

/**
 * Builds the EC2 driver from `--profile` / AWS_* / ~/.aws, runs `body` and closes it.
 *
 * @param command - The running command.
 * @param io - Streams and environment.
 * @param body - What to do with the driver.
 * @returns What `body` returns.
 * @throws {@link ConfigurationError} when no credentials or region can be found.
 */
export async function withEc2Driver<T>(
  command: Command,
  io: CliIo,
  body: (driver: Ec2NodeDriver, options: Ec2GlobalOptions) => Promise<T>,
): Promise<T> {
  const options = readEc2Options(command);
  const config = await loadConfig(options, io).catch((error: unknown) => {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError('could not read the AWS configuration', { cause: error });
  });
  const endpoint = options.endpointUrl ?? config.endpoint;
  const driver = new Ec2NodeDriver({
    ...config,
    ...(endpoint === undefined ? {} : { endpoint }),
    transport: { debug: options.debug ? { transcript: io.stderr } : false },
  });
  try {
    return await body(driver, options);
  } finally {
    await driver.close();
  }
}
