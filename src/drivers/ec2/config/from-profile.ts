import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { hideSecrets } from '../../../transport/redact.ts';
import type { Environment } from './from-env.ts';
import type { Ec2DriverConfig } from './types.ts';

/** Options of {@link ec2FromProfile}. */
export interface Ec2FromProfileOptions {
  /**
   * The environment to take `AWS_PROFILE`, `AWS_REGION`, `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` from.
   * @defaultValue `{}` (nothing is read implicitly)
   */
  readonly env?: Environment | undefined;
  /** The credentials file. @defaultValue `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials` */
  readonly credentialsFile?: string | undefined;
  /** The config file. @defaultValue `AWS_CONFIG_FILE`, else `~/.aws/config` */
  readonly configFile?: string | undefined;
}

function pick(...values: readonly (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v.trim() !== '')?.trim();
}

/**
 * Builds an EC2 driver config from a named profile of `~/.aws/credentials` and `~/.aws/config`.
 *
 * @remarks
 * Keys come from the credentials file's `[name]` (else the config file's `[profile name]`), the region and
 * `endpoint_url` from the config file (an `AWS_REGION` in `env` wins). Files are read with the AWS SDK's own
 * loader (`@smithy/shared-ini-file-loader`). Role assumption and SSO profiles are not followed.
 *
 * @param name - The profile. @defaultValue `env.AWS_PROFILE`, else `default`
 * @param options - The environment and file locations.
 * @returns The config (the secret is hidden from `util.inspect`).
 * @throws {@link ConfigurationError} when the profile, its keys or a region is missing.
 * @example
 * ```ts
 * import { ec2FromProfile, Ec2NodeDriver } from 'stratus/ec2';
 * const driver = new Ec2NodeDriver(await ec2FromProfile('dev', { env: process.env }));
 * ```
 */
export async function ec2FromProfile(
  name?: string,
  options: Ec2FromProfileOptions = {},
): Promise<Ec2DriverConfig> {
  const env = options.env ?? {};
  const profile = pick(name, env.AWS_PROFILE) ?? 'default';
  const aws = join(homedir(), '.aws');
  const filepath = pick(options.credentialsFile, env.AWS_SHARED_CREDENTIALS_FILE) ?? join(aws, 'credentials');
  const configFilepath = pick(options.configFile, env.AWS_CONFIG_FILE) ?? join(aws, 'config');
  const files = await loadSharedConfigFiles({ filepath, configFilepath, ignoreCache: true });
  const keys = files.credentialsFile[profile] ?? {};
  const config = files.configFile[profile] ?? {};
  const accessKeyId = pick(keys.aws_access_key_id, config.aws_access_key_id);
  const secretAccessKey = pick(keys.aws_secret_access_key, config.aws_secret_access_key);
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    throw new ConfigurationError(
      `AWS profile "${profile}" has no aws_access_key_id/aws_secret_access_key in ${filepath} or ${configFilepath}: add them, or pick another profile`,
    );
  }
  const region = pick(env.AWS_REGION, config.region, keys.region);
  if (region === undefined) {
    throw new ConfigurationError(
      `AWS profile "${profile}" has no region: add region = … to ${configFilepath}`,
    );
  }
  const sessionToken = pick(keys.aws_session_token, config.aws_session_token);
  const endpoint = pick(config.endpoint_url, keys.endpoint_url);
  const credentials = hideSecrets({
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
  });
  return Object.freeze({ credentials, region, ...(endpoint ? { endpoint } : {}) });
}
