// The portable capability services of the OpenStack 1.1 driver (the facade's view of OpenStack). Each file
// maps one portable service onto the existing operations; nothing here builds HTTP requests.
import type {
  BlockStorageService,
  FloatingIpService,
  ImageUploadService,
  MarkService,
  NetworkingService,
  ProvisioningService,
  SecurityGroupService,
  StackService,
} from '../../../../compute/services/index.ts';
import type { DriverContext } from '../context.ts';
import { createBlockStorageService } from './block-storage.ts';
import { createFloatingIpService } from './floating-ips.ts';
import { createImageUploadService } from './image-upload.ts';
import { markedFloatingIps, markedNetworking, markedSecurityGroups } from './marked-creates.ts';
import { createMarkService } from './marks.ts';
import { createNetworking } from './networking.ts';
import { createProvisioningService } from './provisioning.ts';
import { createSecurityGroupService } from './security-groups.ts';
import { createStackService } from './stacks.ts';

/** Every portable capability service of one OpenStack 1.1 driver. */
export interface PortableCapabilityServices {
  /** Neutron networks, subnets, routers, ports. */
  readonly networking: NetworkingService;
  /** Neutron security groups. */
  readonly securityGroups: SecurityGroupService;
  /** Neutron floating IPs. */
  readonly floatingIps: FloatingIpService;
  /** Cinder volumes and snapshots, Nova attachments. */
  readonly blockStorage: BlockStorageService;
  /** Glance images with streamed upload. */
  readonly imageUpload: ImageUploadService;
  /** Heat stacks. */
  readonly stacks: StackService;
  /** Nova server creation and metadata. */
  readonly provisioning: ProvisioningService;
  /** Ownership marks. */
  readonly marks: MarkService;
}

/**
 * Builds the portable capability services of one driver over its shared context (one session, one token).
 *
 * @param context - The driver's context.
 * @returns The services; nothing is sent until a method is called.
 */
export function createPortableCapabilities(context: DriverContext): PortableCapabilityServices {
  const service = (type: string, name: string) => (signal?: AbortSignal) =>
    context.service(type, name, signal);
  const network = service('network', 'Neutron');
  const blockStorage = service('block-storage', 'Cinder');
  const image = service('image', 'Glance');
  const compute = (signal?: AbortSignal) => context.compute(signal);
  const nova = async (signal?: AbortSignal) => (await context.compute(signal)).service;
  const marks = createMarkService({ network, blockStorage, image, compute });
  return Object.freeze({
    networking: markedNetworking(createNetworking(network), marks),
    securityGroups: markedSecurityGroups(createSecurityGroupService(network), marks),
    floatingIps: markedFloatingIps(createFloatingIpService(network), marks),
    blockStorage: createBlockStorageService(blockStorage, nova),
    imageUpload: createImageUploadService(image),
    stacks: createStackService(service('orchestration', 'Heat')),
    provisioning: createProvisioningService(compute),
    marks,
  });
}
