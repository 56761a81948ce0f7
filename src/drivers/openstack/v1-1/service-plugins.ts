// The composition point for the non-compute services of the OpenStack 1.1 driver (owned by the services
// area). Each service (image, network, block-storage, orchestration…) adds its `driver.ext.<name>` namespace
// to `createServiceExtensions`, and the portable capability it backs (ImageManagement from Glance,
// VolumeManagement from Cinder) to `createPortableServices`. Both receive the driver's shared context (one
// session, one token, cached service clients). A capability appears in `driver.capabilities` exactly when
// `createPortableServices` provides it; the driver class itself never changes.
import type { ImageManagement, VolumeManagement } from '../../../compute/capabilities.ts';
import type { ServiceResolver } from '../bind.ts';
import { type BlockStorageExtension, createBlockStorageExtension } from '../block-storage/extension.ts';
import { createVolumeManagement } from '../block-storage/portable.ts';
import { createImageExtension, type ImageExtension } from '../image/extension.ts';
import { createImageManagement } from '../image/portable.ts';
import { createFloatingIpsExtension, type FloatingIpsExtension } from '../network/extensions/floating-ips.ts';
import { createNetworkExtension, type NetworkExtension } from '../network/extensions/network.ts';
import {
  createSecurityGroupsExtension,
  type SecurityGroupsExtension,
} from '../network/extensions/security-groups.ts';
import { createOrchestrationExtension, type OrchestrationExtension } from '../orchestration/extension.ts';
import type { DriverContext } from './context.ts';

/** The `driver.ext` namespaces contributed by the non-compute services, by name. */
export interface ServiceExtensions {
  /** Glance: images, their data and members. */
  readonly image: ImageExtension;
  /** Neutron: networks, subnets, ports, routers, quotas. */
  readonly network: NetworkExtension;
  /** Neutron floating IPs (pools are the external networks). */
  readonly floatingIps: FloatingIpsExtension;
  /** Neutron security groups and rules. */
  readonly securityGroups: SecurityGroupsExtension;
  /** Cinder: volumes, snapshots, types, quotas, attachments. */
  readonly blockStorage: BlockStorageExtension;
  /** Heat: stacks, resources, events. */
  readonly orchestration: OrchestrationExtension;
}

function resolvers(context: DriverContext) {
  const service =
    (type: string, name: string): ServiceResolver =>
    (signal) =>
      context.service(type, name, signal);
  return {
    image: service('image', 'Glance'),
    network: service('network', 'Neutron'),
    blockStorage: service('block-storage', 'Cinder'),
    orchestration: service('orchestration', 'Heat'),
    compute: (async (signal) => (await context.compute(signal)).service) satisfies ServiceResolver,
  };
}

/** Portable capabilities backed by other services. */
export interface PortableServices {
  /** Image methods (Glance). */
  readonly images?: ImageManagement | undefined;
  /** Volume methods (Cinder). */
  readonly volumes?: VolumeManagement | undefined;
}

/**
 * Builds the non-compute `ext` namespaces of one driver instance.
 *
 * @param context - The driver's shared context.
 * @returns The namespaces, merged into `driver.ext` next to `compute`.
 */
export function createServiceExtensions(context: DriverContext): ServiceExtensions {
  const r = resolvers(context);
  return Object.freeze({
    image: createImageExtension(r.image),
    network: createNetworkExtension(r.network),
    floatingIps: createFloatingIpsExtension(r.network),
    securityGroups: createSecurityGroupsExtension(r.network),
    blockStorage: createBlockStorageExtension(r.blockStorage, r.compute),
    orchestration: createOrchestrationExtension(r.orchestration),
  });
}

/**
 * Builds the portable capability methods backed by other services for one driver instance.
 *
 * @param context - The driver's shared context.
 * @returns The capability implementations that exist.
 */
export function createPortableServices(context: DriverContext): PortableServices {
  const r = resolvers(context);
  return Object.freeze({
    images: createImageManagement(r.image),
    volumes: createVolumeManagement(r.blockStorage, r.compute),
  });
}
