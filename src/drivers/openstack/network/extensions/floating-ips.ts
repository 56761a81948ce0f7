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
  /** {@inheritDoc listFloatingIpPools} */
  readonly listPools: ServiceBound<typeof listFloatingIpPools>;
  /** {@inheritDoc listFloatingIps} */
  readonly list: ServiceBound<typeof listFloatingIps>;
  /** {@inheritDoc getFloatingIp} */
  readonly get: ServiceBound<typeof getFloatingIp>;
  /** {@inheritDoc findFloatingIp} */
  readonly find: ServiceBound<typeof findFloatingIp>;
  /** {@inheritDoc allocateFloatingIp} */
  readonly allocate: ServiceBound<typeof allocateFloatingIp>;
  /** {@inheritDoc attachFloatingIp} */
  readonly attach: ServiceBound<typeof attachFloatingIp>;
  /** {@inheritDoc detachFloatingIp} */
  readonly detach: ServiceBound<typeof detachFloatingIp>;
  /** {@inheritDoc releaseFloatingIp} */
  readonly release: ServiceBound<typeof releaseFloatingIp>;
  /** {@inheritDoc attachFloatingIpToServer} */
  readonly attachToServer: ServiceBound<typeof attachFloatingIpToServer>;
  /** {@inheritDoc listServerFloatingIps} */
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
