/**
 * The Amazon EC2 provider: `Ec2NodeDriver`, credentials from the environment or `~/.aws` profiles, and the
 * EC2 models.
 *
 * @packageDocumentation
 */

export { NodeState, ResourceFailedError, supports, VolumeState } from '../../compute/index.ts';
export {
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  ForbiddenError,
  HttpError,
  InsufficientCapacityError,
  NotFoundError,
  RateLimitError,
  ResponseShapeError,
  TimeoutError,
} from '../../errors/index.ts';
export type { CallOptions, QueryClient } from './client/client.ts';
export { retypeEc2Error } from './client/errors.ts';
export type { QueryParam, QueryParams } from './client/query.ts';
export type { XmlNode } from './client/xml.ts';
export { type Environment, ec2FromEnv } from './config/from-env.ts';
export { type Ec2FromProfileOptions, ec2FromProfile } from './config/from-profile.ts';
export type { Ec2Credentials, Ec2DriverConfig, Ec2DriverOptions } from './config/types.ts';
export { CLOUDFORMATION_API_VERSION, EC2_API_VERSION, type Ec2Connection } from './connect.ts';
export type { Ec2CreateNodeOptions } from './create-node-options.ts';
export { Ec2NodeDriver } from './driver.ts';
export type { Ec2Extensions } from './extension.ts';
export type { DescribeImagesOptions, Ec2ImageExtra } from './images/operations.ts';
export type { Ec2SizeExtra } from './instance-types/operations.ts';
export type { Ec2NodeExtra } from './instances/results.ts';
export type { Ec2KeyPairExtra } from './key-pairs/operations.ts';
export type { Ec2Snapshot } from './snapshots/operations.ts';
export type { Ec2VolumeAttachment, Ec2VolumeExtra } from './volumes/operations.ts';
export type { Ec2LocationExtra, Ec2Region } from './zones/operations.ts';
