import type { DirectPorts } from '../ports.ts';
import { type ComputeCapabilities, computePorts } from './compute.ts';
import { type NetworkCapabilities, networkPorts } from './network.ts';

/** Every capability the direct engine uses. */
export type DirectCapabilities = ComputeCapabilities & NetworkCapabilities;

/**
 * The direct engine's calls over a driver's portable capabilities: any provider that offers networking,
 * security groups, floating IPs, block storage, provisioning, marks, key pairs and images runs documents.
 *
 * @remarks
 * Ownership marks on Neutron-style objects are tags added right after the create; an object a crash left
 * untagged is still recognised by its deterministic name. Floating IPs have no name, so on this path a crash
 * between the allocation and the tag can leave one untagged floating IP behind.
 *
 * @param driver - The driver.
 * @returns The ports.
 */
export function portsFromCapabilities(driver: DirectCapabilities): DirectPorts {
  return { ...networkPorts(driver), ...computePorts(driver) };
}
