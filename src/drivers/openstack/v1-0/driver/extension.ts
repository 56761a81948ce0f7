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
import { type BoundV10, bindV10Call, bindV10List } from './bind.ts';

/**
 * The 1.0 compute API beyond the portable calls, every operation bound to the driver's 1.0 client.
 *
 * @remarks `getServer`, `getImage` and `getFlavor` throw {@link NotFoundError} for a missing resource, unlike
 * the portable `getNode` and `getImage`, which resolve to `undefined`.
 */
export interface V10ComputeExtension {
  /** The 1.0 compute client (logs in on first use to find the endpoint). */
  readonly client: () => Promise<ServiceClient>;
  /** {@inheritDoc listV10Servers} */
  readonly listServers: BoundV10<typeof listV10Servers>;
  /** {@inheritDoc listV10ServerDetails} */
  readonly listServerDetails: BoundV10<typeof listV10ServerDetails>;
  /** {@inheritDoc getV10Server} */
  readonly getServer: BoundV10<typeof getV10Server>;
  /** {@inheritDoc createV10Server} */
  readonly createServer: BoundV10<typeof createV10Server>;
  /** {@inheritDoc updateV10Server} */
  readonly updateServer: BoundV10<typeof updateV10Server>;
  /** {@inheritDoc deleteV10Server} */
  readonly deleteServer: BoundV10<typeof deleteV10Server>;
  /** {@inheritDoc rebootV10Server} */
  readonly rebootServer: BoundV10<typeof rebootV10Server>;
  /** {@inheritDoc rebuildV10Server} */
  readonly rebuildServer: BoundV10<typeof rebuildV10Server>;
  /** {@inheritDoc resizeV10Server} */
  readonly resizeServer: BoundV10<typeof resizeV10Server>;
  /** {@inheritDoc confirmV10Resize} */
  readonly confirmResize: BoundV10<typeof confirmV10Resize>;
  /** {@inheritDoc revertV10Resize} */
  readonly revertResize: BoundV10<typeof revertV10Resize>;
  /** {@inheritDoc listV10Images} */
  readonly listImages: BoundV10<typeof listV10Images>;
  /** {@inheritDoc listV10ImageDetails} */
  readonly listImageDetails: BoundV10<typeof listV10ImageDetails>;
  /** {@inheritDoc getV10Image} */
  readonly getImage: BoundV10<typeof getV10Image>;
  /** {@inheritDoc createV10Image} */
  readonly createImage: BoundV10<typeof createV10Image>;
  /** {@inheritDoc deleteV10Image} */
  readonly deleteImage: BoundV10<typeof deleteV10Image>;
  /** {@inheritDoc listV10Flavors} */
  readonly listFlavors: BoundV10<typeof listV10Flavors>;
  /** {@inheritDoc listV10FlavorDetails} */
  readonly listFlavorDetails: BoundV10<typeof listV10FlavorDetails>;
  /** {@inheritDoc getV10Flavor} */
  readonly getFlavor: BoundV10<typeof getV10Flavor>;
  /** {@inheritDoc getV10Limits} */
  readonly getLimits: BoundV10<typeof getV10Limits>;
  /** {@inheritDoc listV10Addresses} */
  readonly listAddresses: BoundV10<typeof listV10Addresses>;
  /** {@inheritDoc listV10NetworkAddresses} */
  readonly listNetworkAddresses: BoundV10<typeof listV10NetworkAddresses>;
  /** {@inheritDoc listV10SharedIpGroups} */
  readonly listSharedIpGroups: BoundV10<typeof listV10SharedIpGroups>;
  /** {@inheritDoc getV10SharedIpGroup} */
  readonly getSharedIpGroup: BoundV10<typeof getV10SharedIpGroup>;
  /** {@inheritDoc createV10SharedIpGroup} */
  readonly createSharedIpGroup: BoundV10<typeof createV10SharedIpGroup>;
  /** {@inheritDoc deleteV10SharedIpGroup} */
  readonly deleteSharedIpGroup: BoundV10<typeof deleteV10SharedIpGroup>;
  /** {@inheritDoc shareV10Ip} */
  readonly shareIp: BoundV10<typeof shareV10Ip>;
  /** {@inheritDoc unshareV10Ip} */
  readonly unshareIp: BoundV10<typeof unshareV10Ip>;
}

/**
 * Binds every 1.0 operation to the driver's lazily resolved client.
 *
 * @param client - Resolves the 1.0 compute client.
 * @returns The extension namespace.
 */
export function createV10ComputeExtension(client: () => Promise<ServiceClient>): V10ComputeExtension {
  const call = <A extends unknown[], R>(op: (c: ServiceClient, ...args: A) => Promise<R>) =>
    bindV10Call(client, op);
  const list = <A extends unknown[], T>(op: (c: ServiceClient, ...args: A) => AsyncIterable<T>) =>
    bindV10List(client, op);
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
