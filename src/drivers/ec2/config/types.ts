import type { TransportOptions } from '../../../transport/options.ts';

/** AWS access keys (long-term, or temporary with a session token). */
export interface Ec2Credentials {
  /** The access key id, e.g. `AKIA…` (identifies; not secret). */
  readonly accessKeyId: string;
  /** The secret access key: never logged, hidden from `util.inspect`. */
  readonly secretAccessKey: string;
  /** The session token of temporary credentials (STS), hidden like the secret. */
  readonly sessionToken?: string | undefined;
}

/** Everything an {@link Ec2NodeDriver} needs: credentials, region and (for EC2-compatible clouds) an endpoint. */
export interface Ec2DriverConfig {
  /** The access keys. */
  readonly credentials: Ec2Credentials;
  /** The region, e.g. `us-east-1`. */
  readonly region: string;
  /**
   * The EC2 endpoint URL; for EC2-compatible clouds and local servers (moto).
   * @defaultValue `https://ec2.<region>.amazonaws.com`
   */
  readonly endpoint?: string | undefined;
  /**
   * The CloudFormation endpoint URL.
   * @defaultValue the EC2 `endpoint` when one is given, else `https://cloudformation.<region>.amazonaws.com`
   */
  readonly cloudFormationEndpoint?: string | undefined;
}

/** Options of the {@link Ec2NodeDriver} constructor: the config plus transport settings. */
export interface Ec2DriverOptions extends Ec2DriverConfig {
  /** Retry, time limit, debug transcript, dispatcher. */
  readonly transport?: TransportOptions | undefined;
}
