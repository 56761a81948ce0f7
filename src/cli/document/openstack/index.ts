import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import type { DirectPorts } from '../../../facade/engines/direct/ports.ts';
import type { StackPort } from '../../../facade/engines/stack/stack-port.ts';
import { computePorts } from './compute.ts';
import { neutronPorts } from './network.ts';
import { heatPort } from './stack.ts';

/**
 * The document engines' calls over an OpenStack driver: portable calls for the direct engine, Heat for the stack
 * engine.
 *
 * @param driver - The OpenStack driver (network, block storage and orchestration wired).
 * @returns The direct ports and the stack port.
 */
export function openStackDocumentPorts(driver: OpenStackNodeDriver): {
  readonly direct: DirectPorts;
  readonly stack: StackPort;
} {
  return { direct: { ...neutronPorts(driver), ...computePorts(driver) }, stack: heatPort(driver) };
}
