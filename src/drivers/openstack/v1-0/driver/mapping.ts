import type { NodeImage } from '../../../../compute/models/image.ts';
import type { Node } from '../../../../compute/models/node.ts';
import type { NodeSize } from '../../../../compute/models/size.ts';
import { NodeState } from '../../../../compute/node-state.ts';
import { NOVA_STATUS_TO_NODE_STATE } from '../../mapping.ts';
import type { V10Flavor } from '../flavors/types.ts';
import type { V10Image } from '../images/types.ts';
import type { V10Server } from '../servers/types.ts';

/**
 * How 1.0 server statuses map onto {@link "index"!NodeState}: the 1.1 driver's table, plus the statuses only the 1.0
 * API has (`QUEUE_RESIZE`, `PREP_RESIZE`, and the shared-IP transitions), which are all reconfigurations.
 *
 * @remarks Any status not listed maps to `unknown`.
 */
export const V10_STATUS_TO_NODE_STATE: Readonly<Record<string, NodeState>> = Object.freeze({
  ...NOVA_STATUS_TO_NODE_STATE,
  QUEUE_RESIZE: NodeState.RECONFIGURING,
  PREP_RESIZE: NodeState.RECONFIGURING,
  SHARE_IP: NodeState.RECONFIGURING,
  SHARE_IP_NO_CONFIG: NodeState.RECONFIGURING,
  DELETE_IP: NodeState.RECONFIGURING,
});

/**
 * Maps a 1.0 server onto the portable {@link "index"!Node}; the server is the node's `extra` (with the generated root
 * password as the non-enumerable `extra.adminPass` after a create).
 *
 * @remarks The 1.0 API says which addresses are public and which private, so no address-range guessing is
 * needed; it reports no creation time and no fault.
 * @param server - The parsed server.
 * @returns The node.
 */
export function v10ServerToNode(server: V10Server): Node<V10Server> {
  return Object.freeze({
    id: server.id,
    name: server.name,
    state: V10_STATUS_TO_NODE_STATE[server.status] ?? NodeState.UNKNOWN,
    publicIps: server.addresses.public,
    privateIps: server.addresses.private,
    sizeId: server.flavorId,
    imageId: server.imageId,
    createdAt: undefined,
    failureReason: undefined,
    extra: server,
  });
}

/**
 * @param flavor - A parsed 1.0 flavor.
 * @returns The portable size; `vcpus` is 0 when the cloud does not report it (the 1.0 API does not).
 */
export function v10FlavorToSize(flavor: V10Flavor): NodeSize<V10Flavor> {
  return Object.freeze({
    id: flavor.id,
    name: flavor.name,
    ramMiB: flavor.ram,
    diskGb: flavor.disk,
    vcpus: flavor.vcpus ?? 0,
    bandwidthMbps: undefined,
    price: undefined,
    extra: flavor,
  });
}

/**
 * @param image - A parsed 1.0 image.
 * @returns The portable image; the 1.0 image is its `extra`.
 */
export function v10ImageToNodeImage(image: V10Image): NodeImage<V10Image> {
  return Object.freeze({ id: image.id, name: image.name, extra: image });
}
