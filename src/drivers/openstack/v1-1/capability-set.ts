import { Capability } from '../../../compute/capabilities.ts';
import type { PortableServices } from './service-plugins.ts';

/** The facade's services, which every OpenStack 1.1 driver provides. */
const PORTABLE_SERVICES: readonly Capability[] = [
  Capability.NETWORKING,
  Capability.SECURITY_GROUPS,
  Capability.FLOATING_IPS,
  Capability.BLOCK_STORAGE,
  Capability.IMAGE_UPLOAD,
  Capability.STACKS,
  Capability.PROVISIONING,
  Capability.MARKS,
];

/**
 * What one OpenStack 1.1 driver declares: power, key pairs, node images and the facade's services always;
 * images and volumes when their services are wired.
 *
 * @param portable - The portable methods backed by other services.
 * @returns The capability set.
 */
export function driverCapabilities(portable: PortableServices): ReadonlySet<Capability> {
  const caps: Capability[] = [Capability.POWER, Capability.KEY_PAIRS, Capability.NODE_IMAGES];
  caps.push(...PORTABLE_SERVICES);
  if (portable.images) caps.push(Capability.IMAGES);
  if (portable.volumes) caps.push(Capability.VOLUMES);
  return new Set(caps);
}
