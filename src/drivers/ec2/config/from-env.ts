import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { hideSecrets } from '../../../transport/redact.ts';
import type { Ec2DriverConfig } from './types.ts';

/** The environment variables {@link ec2FromEnv} reads. */
export type Environment = Readonly<Record<string, string | undefined>>;

function value(env: Environment, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/**
 * Builds an EC2 driver config from AWS environment variables, the way the AWS CLI reads them.
 *
 * @remarks
 * Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION` (else
 * `AWS_DEFAULT_REGION`) and `AWS_ENDPOINT_URL_EC2` (else `AWS_ENDPOINT_URL`). The library never reads
 * `process.env` by itself: pass it here.
 *
 * @param env - The environment, e.g. `process.env`.
 * @returns The config (the secret is hidden from `util.inspect`).
 * @throws {@link ConfigurationError} when the access key, the secret or the region is missing.
 * @example
 * ```ts
 * import { ec2FromEnv, Ec2NodeDriver } from 'stratus/ec2';
 * const driver = new Ec2NodeDriver(ec2FromEnv(process.env));
 * ```
 */
export function ec2FromEnv(env: Environment): Ec2DriverConfig {
  const accessKeyId = value(env, 'AWS_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'AWS_SECRET_ACCESS_KEY');
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    throw new ConfigurationError(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set (or use ec2FromProfile for ~/.aws/credentials)',
    );
  }
  const region = value(env, 'AWS_REGION') ?? value(env, 'AWS_DEFAULT_REGION');
  if (region === undefined) {
    throw new ConfigurationError('AWS_REGION is not set: set it to the region to use, e.g. us-east-1');
  }
  const sessionToken = value(env, 'AWS_SESSION_TOKEN');
  const endpoint = value(env, 'AWS_ENDPOINT_URL_EC2') ?? value(env, 'AWS_ENDPOINT_URL');
  const credentials = hideSecrets({
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
  });
  return Object.freeze({ credentials, region, ...(endpoint ? { endpoint } : {}) });
}
