import type { PortableExtras } from '../../../../compute/portable/extras.ts';
import type { PortableResources } from '../../../../compute/portable/resources.ts';
import type { StackService } from '../../../../compute/portable/stacks.ts';
import type { OpenStackNodeDriver } from '../driver.ts';
import { computePorts } from './compute.ts';
import { openStackExtras } from './extras.ts';
import { neutronPorts } from './network.ts';
import { heatPort } from './stack.ts';

/** The OpenStack driver's portable service capabilities. */
export interface OpenStackPortableServices {
  /** Neutron, Nova, Cinder and Glance as portable resources. */
  readonly resources: PortableResources;
  /** Heat as the stack service. */
  readonly stacks: StackService;
  /** Metadata, resize, snapshots, uploads. */
  readonly extras: PortableExtras;
}

/**
 * Builds the portable capabilities (`resources`, `stacks`, `extras`) over the driver's own extensions. Nothing
 * is sent until a method is called.
 *
 * @param driver - The OpenStack driver.
 * @returns The capabilities.
 */
export function openStackPortableServices(driver: OpenStackNodeDriver): OpenStackPortableServices {
  return {
    resources: { ...neutronPorts(driver), ...computePorts(driver) },
    stacks: heatPort(driver),
    extras: openStackExtras(driver),
  };
}
