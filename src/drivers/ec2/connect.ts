import { ConfigurationError } from '../../errors/configuration-error.ts';
import { createTransport, type Transport } from '../../transport/create-transport.ts';
import type { TransportOptions } from '../../transport/options.ts';
import { createQueryClient, type QueryClient } from './client/client.ts';
import { ec2Errors } from './client/errors.ts';
import { signV4 } from './client/sign.ts';
import type { Ec2DriverConfig } from './config/types.ts';

/** The EC2 Query API version this driver speaks. */
export const EC2_API_VERSION = '2016-11-15';
/** The CloudFormation Query API version. */
export const CLOUDFORMATION_API_VERSION = '2010-05-15';

/** The clients of one driver, over one transport. */
export interface Ec2Connection {
  /** EC2. */
  readonly ec2: QueryClient;
  /** CloudFormation. */
  readonly cloudFormation: QueryClient;
  /** The transport (its pool is closed by the driver's `close`). */
  readonly transport: Transport;
}

function endpointOf(value: string | undefined, fallback: string, field: string): string {
  const url = value ?? fallback;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(parsed.protocol);
  } catch (cause) {
    throw new ConfigurationError(
      `${field} "${url}" is not an http(s) URL: give e.g. https://ec2.us-east-1.amazonaws.com`,
      {
        cause,
      },
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Builds the signed EC2 and CloudFormation clients over one Stratus transport.
 *
 * @param config - Credentials, region and endpoints.
 * @param transportOptions - Retry, time limit, debug transcript, dispatcher.
 * @returns The clients.
 * @throws {@link ConfigurationError} for a missing region or a bad endpoint URL.
 */
export function connectEc2(config: Ec2DriverConfig, transportOptions: TransportOptions = {}): Ec2Connection {
  const region = config.region.trim();
  if (region === '') throw new ConfigurationError('region is empty: give the AWS region, e.g. us-east-1');
  const ec2Endpoint = endpointOf(config.endpoint, `https://ec2.${region}.amazonaws.com/`, 'endpoint');
  const cfEndpoint = endpointOf(
    config.cloudFormationEndpoint ?? config.endpoint,
    `https://cloudformation.${region}.amazonaws.com/`,
    'cloudFormationEndpoint',
  );
  const transport = createTransport(transportOptions);
  const sendFor = (service: string) =>
    transport.withMiddleware(signV4({ credentials: config.credentials, region, service }), ec2Errors());
  return Object.freeze({
    ec2: createQueryClient({
      name: 'EC2',
      endpoint: ec2Endpoint,
      version: EC2_API_VERSION,
      send: sendFor('ec2'),
    }),
    cloudFormation: createQueryClient({
      name: 'CloudFormation',
      endpoint: cfEndpoint,
      version: CLOUDFORMATION_API_VERSION,
      send: sendFor('cloudformation'),
    }),
    transport,
  });
}
