import { bindCall, bindList, type ServiceBound } from '../../bind.ts';
import type { ServiceClient } from '../../service-client.ts';
import { listV10Addresses, listV10NetworkAddresses } from '../addresses/operations.ts';
import { getV10Flavor, listV10FlavorDetails, listV10Flavors } from '../flavors/operations.ts';
import {
  createV10Image,
  deleteV10Image,
  getV10Image,
  listV10ImageDetails,
  listV10Images,
} from '../images/operations.ts';
import { getV10Limits } from '../limits/operations.ts';
import {
  confirmV10Resize,
  rebootV10Server,
  rebuildV10Server,
  resizeV10Server,
  revertV10Resize,
} from '../server-actions/operations.ts';
import {
  createV10Server,
  deleteV10Server,
  getV10Server,
  listV10ServerDetails,
  listV10Servers,
  updateV10Server,
} from '../servers/operations.ts';
import {
  createV10SharedIpGroup,
  deleteV10SharedIpGroup,
  getV10SharedIpGroup,
  listV10SharedIpGroups,
  shareV10Ip,
  unshareV10Ip,
} from '../shared-ip-groups/operations.ts';

/**
 * The 1.0 compute API beyond the portable calls, every operation bound to the driver's 1.0 client.
 *
 * @remarks `getServer`, `getImage` and `getFlavor` throw {@link "index"!NotFoundError} for a missing resource, unlike
 * the portable `getNode` and `getImage`, which resolve to `undefined`.
 */
export interface V10ComputeExtension {
  /** The 1.0 compute client (logs in on first use to find the endpoint). */
  readonly client: () => Promise<ServiceClient>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listServers} */
  readonly listServers: ServiceBound<typeof listV10Servers>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listServerDetails} */
  readonly listServerDetails: ServiceBound<typeof listV10ServerDetails>;
  /** {@inheritDoc "drivers/openstack/v1-0"!getServer} */
  readonly getServer: ServiceBound<typeof getV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!createServer} */
  readonly createServer: ServiceBound<typeof createV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!updateServer} */
  readonly updateServer: ServiceBound<typeof updateV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!deleteServer} */
  readonly deleteServer: ServiceBound<typeof deleteV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!rebootServer} */
  readonly rebootServer: ServiceBound<typeof rebootV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!rebuildServer} */
  readonly rebuildServer: ServiceBound<typeof rebuildV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!resizeServer} */
  readonly resizeServer: ServiceBound<typeof resizeV10Server>;
  /** {@inheritDoc "drivers/openstack/v1-0"!confirmResize} */
  readonly confirmResize: ServiceBound<typeof confirmV10Resize>;
  /** {@inheritDoc "drivers/openstack/v1-0"!revertResize} */
  readonly revertResize: ServiceBound<typeof revertV10Resize>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listImages} */
  readonly listImages: ServiceBound<typeof listV10Images>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listImageDetails} */
  readonly listImageDetails: ServiceBound<typeof listV10ImageDetails>;
  /** {@inheritDoc "drivers/openstack/v1-0"!getImage} */
  readonly getImage: ServiceBound<typeof getV10Image>;
  /** {@inheritDoc "drivers/openstack/v1-0"!createImage} */
  readonly createImage: ServiceBound<typeof createV10Image>;
  /** {@inheritDoc "drivers/openstack/v1-0"!deleteImage} */
  readonly deleteImage: ServiceBound<typeof deleteV10Image>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listFlavors} */
  readonly listFlavors: ServiceBound<typeof listV10Flavors>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listFlavorDetails} */
  readonly listFlavorDetails: ServiceBound<typeof listV10FlavorDetails>;
  /** {@inheritDoc "drivers/openstack/v1-0"!getFlavor} */
  readonly getFlavor: ServiceBound<typeof getV10Flavor>;
  /** {@inheritDoc "drivers/openstack/v1-0"!getLimits} */
  readonly getLimits: ServiceBound<typeof getV10Limits>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listAddresses} */
  readonly listAddresses: ServiceBound<typeof listV10Addresses>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listNetworkAddresses} */
  readonly listNetworkAddresses: ServiceBound<typeof listV10NetworkAddresses>;
  /** {@inheritDoc "drivers/openstack/v1-0"!listSharedIpGroups} */
  readonly listSharedIpGroups: ServiceBound<typeof listV10SharedIpGroups>;
  /** {@inheritDoc "drivers/openstack/v1-0"!getSharedIpGroup} */
  readonly getSharedIpGroup: ServiceBound<typeof getV10SharedIpGroup>;
  /** {@inheritDoc "drivers/openstack/v1-0"!createSharedIpGroup} */
  readonly createSharedIpGroup: ServiceBound<typeof createV10SharedIpGroup>;
  /** {@inheritDoc "drivers/openstack/v1-0"!deleteSharedIpGroup} */
  readonly deleteSharedIpGroup: ServiceBound<typeof deleteV10SharedIpGroup>;
  /** {@inheritDoc "drivers/openstack/v1-0"!shareIp} */
  readonly shareIp: ServiceBound<typeof shareV10Ip>;
  /** {@inheritDoc "drivers/openstack/v1-0"!unshareIp} */
  readonly unshareIp: ServiceBound<typeof unshareV10Ip>;
}

/**
 * Binds every 1.0 operation to the driver's lazily resolved client.
 *
 * @param client - Resolves the 1.0 compute client.
 * @returns The extension namespace.
 */
export function createV10ComputeExtension(client: () => Promise<ServiceClient>): V10ComputeExtension {
  const call = <A extends unknown[], R>(op: (c: ServiceClient, ...args: A) => Promise<R>) =>
    bindCall(client, op);
  const list = <A extends unknown[], T>(op: (c: ServiceClient, ...args: A) => AsyncIterable<T>) =>
    bindList(client, op);
  return Object.freeze({
    client,
    listServers: list(listV10Servers),
    listServerDetails: list(listV10ServerDetails),
    getServer: call(getV10Server),
    createServer: call(createV10Server),
    updateServer: call(updateV10Server),
    deleteServer: call(deleteV10Server),
    rebootServer: call(rebootV10Server),
    rebuildServer: call(rebuildV10Server),
    resizeServer: call(resizeV10Server),
    confirmResize: call(confirmV10Resize),
    revertResize: call(revertV10Resize),
    listImages: list(listV10Images),
    listImageDetails: list(listV10ImageDetails),
    getImage: call(getV10Image),
    createImage: call(createV10Image),
    deleteImage: call(deleteV10Image),
    listFlavors: list(listV10Flavors),
    listFlavorDetails: list(listV10FlavorDetails),
    getFlavor: call(getV10Flavor),
    getLimits: call(getV10Limits),
    listAddresses: call(listV10Addresses),
    listNetworkAddresses: call(listV10NetworkAddresses),
    listSharedIpGroups: list(listV10SharedIpGroups),
    getSharedIpGroup: call(getV10SharedIpGroup),
    createSharedIpGroup: call(createV10SharedIpGroup),
    deleteSharedIpGroup: call(deleteV10SharedIpGroup),
    shareIp: call(shareV10Ip),
    unshareIp: call(unshareV10Ip),
  });
}
