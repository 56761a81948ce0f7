import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../../bind.ts';
import {
  allocateFloatingIp,
  attachFloatingIp,
  detachFloatingIp,
  findFloatingIp,
  getFloatingIp,
  listFloatingIps,
  releaseFloatingIp,
} from '../floating-ips/operations.ts';
import { attachFloatingIpToServer, listServerFloatingIps } from '../floating-ips/server.ts';
import { listFloatingIpPools } from '../networks/operations.ts';

/**
 * Floating IPs through the driver: `driver.ext.floatingIps.*`; the pools are the external networks.
 */
export interface FloatingIpsExtension {
  /** {@inheritDoc "drivers/openstack/network"!listFloatingIpPools} */
  readonly listPools: ServiceBound<typeof listFloatingIpPools>;
  /** {@inheritDoc "drivers/openstack/network"!listFloatingIps} */
  readonly list: ServiceBound<typeof listFloatingIps>;
  /** {@inheritDoc "drivers/openstack/network"!getFloatingIp} */
  readonly get: ServiceBound<typeof getFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!findFloatingIp} */
  readonly find: ServiceBound<typeof findFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!allocateFloatingIp} */
  readonly allocate: ServiceBound<typeof allocateFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!attachFloatingIp} */
  readonly attach: ServiceBound<typeof attachFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!detachFloatingIp} */
  readonly detach: ServiceBound<typeof detachFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!releaseFloatingIp} */
  readonly release: ServiceBound<typeof releaseFloatingIp>;
  /** {@inheritDoc "drivers/openstack/network"!attachFloatingIpToServer} */
  readonly attachToServer: ServiceBound<typeof attachFloatingIpToServer>;
  /** {@inheritDoc "drivers/openstack/network"!listServerFloatingIps} */
  readonly listForServer: ServiceBound<typeof listServerFloatingIps>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createFloatingIpsExtension(service: ServiceResolver): FloatingIpsExtension {
  return Object.freeze({
    listPools: bindList(service, listFloatingIpPools),
    list: bindList(service, listFloatingIps),
    get: bindCall(service, getFloatingIp),
    find: bindCall(service, findFloatingIp),
    allocate: bindCall(service, allocateFloatingIp),
    attach: bindCall(service, attachFloatingIp),
    detach: bindCall(service, detachFloatingIp),
    release: bindCall(service, releaseFloatingIp),
    attachToServer: bindCall(service, attachFloatingIpToServer),
    listForServer: bindCall(service, listServerFloatingIps),
  });
}
