import type { CreateNodeOptions } from '../../compute/models/node.ts';
import { optionalRefId, refId } from '../../compute/models/ref-id.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RunInstanceOptions } from './instances/operations.ts';

/** `createNode` options of EC2: the portable ones (an image is required) plus VPC placement, user data, tags. */
export interface Ec2CreateNodeOptions extends CreateNodeOptions {
  /** The subnet to launch into. */
  readonly subnetId?: string | undefined;
  /** Security groups by id. */
  readonly securityGroupIds?: readonly string[] | undefined;
  /** User data (cloud-init), plain text. */
  readonly userData?: string | undefined;
  /** Tags besides `Name`. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
}

/**
 * Turns portable `createNode` options into `RunInstances` options.
 *
 * @param options - The portable plus EC2 options.
 * @returns The options for `runInstance`.
 * @throws {@link ConfigurationError} without an image.
 */
export function toRunInstanceOptions(options: Ec2CreateNodeOptions): RunInstanceOptions {
  if (options.image === undefined) throw new ConfigurationError('createNode: EC2 needs an image (an AMI id)');
  return {
    name: options.name,
    imageId: refId(options.image),
    instanceType: refId(options.size),
    keyName: options.keyName,
    availabilityZone: optionalRefId(options.location),
    subnetId: options.subnetId,
    securityGroupIds: options.securityGroupIds,
    userData: options.userData,
    tags: options.tags,
  };
}
