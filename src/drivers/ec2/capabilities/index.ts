// The portable capability services of the EC2 driver (the facade's view of EC2). Each file maps one portable
// service onto EC2 (or CloudFormation) Query API actions over the driver's signed clients.
import { Capability } from '../../../compute/capabilities.ts';
import type {
  BlockStorageService,
  FloatingIpService,
  MarkService,
  NetworkingService,
  ProvisioningService,
  SecurityGroupService,
  StackService,
} from '../../../compute/services/index.ts';
import type { Ec2Connection } from '../connect.ts';
import { createEc2BlockStorage } from './block-storage.ts';
import { createEc2FloatingIps } from './floating-ips.ts';
import { createEc2Marks } from './marks.ts';
import { createEc2Networking } from './networking.ts';
import { createEc2Provisioning } from './provisioning.ts';
import { createEc2SecurityGroups } from './security-groups.ts';
import { createCloudFormationStacks } from './stacks.ts';

/**
 * What the EC2 driver declares: power, key pairs, images, image creation, volumes, and the facade's services
 * (networking, security groups, floating IPs, block storage, stacks, provisioning, marks).
 */
export const EC2_CAPABILITIES: readonly Capability[] = [
  Capability.POWER,
  Capability.KEY_PAIRS,
  Capability.IMAGES,
  Capability.NODE_IMAGES,
  Capability.VOLUMES,
  Capability.NETWORKING,
  Capability.SECURITY_GROUPS,
  Capability.FLOATING_IPS,
  Capability.BLOCK_STORAGE,
  Capability.STACKS,
  Capability.PROVISIONING,
  Capability.MARKS,
];

/** Every portable capability service of one EC2 driver. */
export interface Ec2CapabilityServices {
  /** VPCs, subnets, internet gateways, network interfaces. */
  readonly networking: NetworkingService;
  /** VPC security groups. */
  readonly securityGroups: SecurityGroupService;
  /** Elastic IPs. */
  readonly floatingIps: FloatingIpService;
  /** EBS volumes and snapshots. */
  readonly blockStorage: BlockStorageService;
  /** CloudFormation stacks. */
  readonly stacks: StackService;
  /** RunInstances with placement, groups, user data and tags. */
  readonly provisioning: ProvisioningService;
  /** Tags as ownership marks. */
  readonly marks: MarkService;
}

/**
 * Builds the portable capability services over a driver's connection.
 *
 * @param connection - The signed EC2 and CloudFormation clients.
 * @returns The services; nothing is sent until a method is called.
 */
export function createEc2Capabilities(connection: Ec2Connection): Ec2CapabilityServices {
  const { ec2, cloudFormation } = connection;
  return Object.freeze({
    networking: createEc2Networking(ec2),
    securityGroups: createEc2SecurityGroups(ec2),
    floatingIps: createEc2FloatingIps(ec2),
    blockStorage: createEc2BlockStorage(ec2),
    stacks: createCloudFormationStacks(cloudFormation),
    provisioning: createEc2Provisioning(ec2),
    marks: createEc2Marks(ec2),
  });
}
