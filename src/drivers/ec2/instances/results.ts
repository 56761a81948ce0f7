import type { Node } from '../../../compute/models/node.ts';
import { NodeState } from '../../../compute/node-state.ts';
import { childOf, itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';

/** EC2's own fields of a node (`node.extra`). */
export interface Ec2NodeExtra {
  /** The EC2 instance state as EC2 names it: `pending`, `running`, `shutting-down`, `stopped`, … */
  readonly instanceState: string;
  /** The instance type, e.g. `t3.micro`. */
  readonly instanceType: string | undefined;
  /** The availability zone, e.g. `us-east-1a`. */
  readonly availabilityZone: string | undefined;
  /** The key pair's name. */
  readonly keyName: string | undefined;
  /** The VPC. */
  readonly vpcId: string | undefined;
  /** The subnet. */
  readonly subnetId: string | undefined;
  /** The security groups' ids. */
  readonly securityGroupIds: readonly string[];
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
  /** The reservation this instance was launched in. */
  readonly reservationId: string | undefined;
}

const STATES: Readonly<Record<string, NodeState>> = {
  pending: NodeState.PENDING,
  running: NodeState.RUNNING,
  'shutting-down': NodeState.STOPPING,
  terminated: NodeState.TERMINATED,
  stopping: NodeState.STOPPING,
  stopped: NodeState.STOPPED,
};

function dateOf(text: string | undefined): Date | undefined {
  const date = text === undefined ? undefined : new Date(text);
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Reads one `instancesSet` item as a portable node.
 *
 * @param item - The `<item>` of an `instancesSet`.
 * @param reservationId - The reservation it came in.
 * @param path - Where it is, for shape errors.
 * @returns The node (its `name` is the `Name` tag, else the id).
 * @throws {@link ResponseShapeError} when it has no id or state.
 */
export function parseInstance(
  item: XmlNode,
  reservationId: string | undefined,
  path: string,
): Node<Ec2NodeExtra> {
  const id = requireText(item, 'instanceId', path);
  const stateNode = childOf(item, 'instanceState') ?? {};
  const instanceState = requireText(stateNode, 'name', `${path}.instanceState`);
  const tags = tagsOf(item);
  const state = STATES[instanceState] ?? NodeState.UNKNOWN;
  const publicIp = textOf(item, 'ipAddress');
  const privateIp = textOf(item, 'privateIpAddress');
  return {
    id,
    name: tags.Name ?? id,
    state,
    publicIps: publicIp === undefined ? [] : [publicIp],
    privateIps: privateIp === undefined ? [] : [privateIp],
    sizeId: textOf(item, 'instanceType'),
    imageId: textOf(item, 'imageId'),
    createdAt: dateOf(textOf(item, 'launchTime')),
    failureReason:
      state === NodeState.ERROR ? textOf(childOf(item, 'stateReason') ?? {}, 'message') : undefined,
    extra: {
      instanceState,
      instanceType: textOf(item, 'instanceType'),
      availabilityZone: textOf(childOf(item, 'placement') ?? {}, 'availabilityZone'),
      keyName: textOf(item, 'keyName'),
      vpcId: textOf(item, 'vpcId'),
      subnetId: textOf(item, 'subnetId'),
      securityGroupIds: itemsOf(item, 'groupSet').flatMap((g) => textOf(g, 'groupId') ?? []),
      tags,
      reservationId,
    },
  };
}

/**
 * Reads every instance of a `DescribeInstances` page (or a `RunInstances` answer).
 *
 * @param answer - The root element.
 * @returns The nodes, in order.
 */
export function parseReservations(answer: XmlNode): Node<Ec2NodeExtra>[] {
  const reservations = 'reservationSet' in answer ? itemsOf(answer, 'reservationSet') : [answer];
  return reservations.flatMap((reservation, r) =>
    itemsOf(reservation, 'instancesSet').map((item, i) =>
      parseInstance(item, textOf(reservation, 'reservationId'), `reservationSet[${r}].instancesSet[${i}]`),
    ),
  );
}
