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
import { bindServiceCall, bindServiceList, type ServiceBound, type ServiceResolver } from './bind-service.ts';

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
    listPools: bindServiceList(service, listFloatingIpPools),
    list: bindServiceList(service, listFloatingIps),
    get: bindServiceCall(service, getFloatingIp),
    find: bindServiceCall(service, findFloatingIp),
    allocate: bindServiceCall(service, allocateFloatingIp),
    attach: bindServiceCall(service, attachFloatingIp),
    detach: bindServiceCall(service, detachFloatingIp),
    release: bindServiceCall(service, releaseFloatingIp),
    attachToServer: bindServiceCall(service, attachFloatingIpToServer),
    listForServer: bindServiceCall(service, listServerFloatingIps),
  });
}
