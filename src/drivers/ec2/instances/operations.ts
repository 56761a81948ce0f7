import type { Node } from '../../../compute/models/node.ts';
import { NotFoundError } from '../../../errors/http-status-errors.ts';
import { ResponseShapeError } from '../../../errors/response-shape-error.ts';
import { type CallOptions, paginate, type QueryClient } from '../client/client.ts';
import { filters, type QueryParam, type QueryParams } from '../client/query.ts';
import { type Ec2NodeExtra, parseReservations } from './results.ts';

/** The instance states listed by default: everything but `terminated`, which EC2 keeps showing for an hour. */
export const LIVE_STATES: readonly string[] = ['pending', 'running', 'shutting-down', 'stopping', 'stopped'];

/** Options of {@link runInstance}. */
export interface RunInstanceOptions {
  /** The AMI. */
  readonly imageId: string;
  /** The instance type. */
  readonly instanceType: string;
  /** The `Name` tag. */
  readonly name: string;
  /** The key pair. */
  readonly keyName?: string | undefined;
  /** The availability zone. */
  readonly availabilityZone?: string | undefined;
  /** The subnet (VPC launch). */
  readonly subnetId?: string | undefined;
  /** Security groups by id. */
  readonly securityGroupIds?: readonly string[] | undefined;
  /** User data (cloud-init), sent base64-encoded. */
  readonly userData?: string | undefined;
  /** Tags besides `Name`. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** A fixed private address in the subnet. */
  readonly privateIpAddress?: string | undefined;
  /** Existing network interfaces to boot with (device 0, 1, …), instead of a subnet. */
  readonly networkInterfaceIds?: readonly string[] | undefined;
  /** Boot from a root volume of this size (GiB) on the image's root device. */
  readonly rootVolume?: { readonly deviceName: string; readonly sizeGb: number } | undefined;
}

/**
 * @param tags - Tags as a map.
 * @param resourceType - `instance`, `volume`, `snapshot`, …
 * @returns The `TagSpecification` parameter value.
 */
export function tagSpecification(tags: Readonly<Record<string, string>>, resourceType: string): QueryParam {
  const Tag = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return Tag.length === 0 ? undefined : [{ ResourceType: resourceType, Tag }];
}

/**
 * Lists instances page by page (`DescribeInstances` with `NextToken`).
 *
 * @param client - The EC2 client.
 * @param options - Page size and extra filters (`instance-state-name` defaults to {@link LIVE_STATES}).
 * @param signal - Aborts the walk.
 * @returns The nodes.
 */
export function listInstances(
  client: QueryClient,
  options: {
    readonly pageSize?: number | undefined;
    readonly filters?: Readonly<Record<string, readonly string[]>>;
  },
  signal?: AbortSignal,
): AsyncIterable<Node<Ec2NodeExtra>> {
  const params: QueryParams = { Filter: filters({ 'instance-state-name': LIVE_STATES, ...options.filters }) };
  return paginate(
    client,
    { action: 'DescribeInstances', params, pageSize: options.pageSize, read: parseReservations },
    signal,
  );
}

/**
 * Fetches one instance.
 *
 * @param client - The EC2 client.
 * @param id - The instance id.
 * @param signal - Aborts the request.
 * @returns The node; `undefined` when EC2 does not know it or it is terminated.
 */
export async function getInstance(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<Node<Ec2NodeExtra> | undefined> {
  try {
    const answer = await client.call('DescribeInstances', { InstanceId: [id] }, { idempotent: true, signal });
    const node = parseReservations(answer)[0];
    return node?.extra.instanceState === 'terminated' ? undefined : node;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Launches one instance (`RunInstances`, MinCount = MaxCount = 1).
 *
 * @param client - The EC2 client.
 * @param options - Image, type, name and placement.
 * @param signal - Aborts the request.
 * @returns The new node (usually `pending`).
 */
export async function runInstance(
  client: QueryClient,
  options: RunInstanceOptions,
  signal?: AbortSignal,
): Promise<Node<Ec2NodeExtra>> {
  const params: QueryParams = {
    ImageId: options.imageId,
    InstanceType: options.instanceType,
    MinCount: 1,
    MaxCount: 1,
    KeyName: options.keyName,
    Placement:
      options.availabilityZone === undefined ? undefined : { AvailabilityZone: options.availabilityZone },
    SubnetId: options.subnetId,
    PrivateIpAddress: options.privateIpAddress,
    SecurityGroupId: options.securityGroupIds,
    NetworkInterface: options.networkInterfaceIds?.map((NetworkInterfaceId, DeviceIndex) => ({
      NetworkInterfaceId,
      DeviceIndex,
    })),
    BlockDeviceMapping:
      options.rootVolume === undefined
        ? undefined
        : [
            {
              DeviceName: options.rootVolume.deviceName,
              Ebs: { VolumeSize: options.rootVolume.sizeGb, DeleteOnTermination: true },
            },
          ],
    UserData: options.userData === undefined ? undefined : Buffer.from(options.userData).toString('base64'),
    TagSpecification: tagSpecification({ ...options.tags, Name: options.name }, 'instance'),
  };
  const [node] = parseReservations(await client.call('RunInstances', params, { signal }));
  if (node === undefined)
    throw new ResponseShapeError('RunInstancesResponse.instancesSet', 'one instance', node);
  return node;
}

/**
 * Sends an instance action that takes a list of ids and answers with no payload we need.
 *
 * @param client - The EC2 client.
 * @param action - `TerminateInstances`, `RebootInstances`, `StopInstances`, `StartInstances`.
 * @param ids - The instance ids.
 * @param options - Extra parameters (`Force`) and abort signal.
 * @returns Once EC2 accepted it.
 */
export async function instanceAction(
  client: QueryClient,
  action: 'TerminateInstances' | 'RebootInstances' | 'StopInstances' | 'StartInstances',
  ids: readonly string[],
  options: CallOptions & { readonly params?: QueryParams | undefined } = {},
): Promise<void> {
  // Terminate, stop and start converge on a state: repeating them is harmless, so they are retried.
  const idempotent = action !== 'RebootInstances';
  await client.call(action, { ...options.params, InstanceId: ids }, { idempotent, signal: options.signal });
}
