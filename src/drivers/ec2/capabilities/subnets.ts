// VPC subnets as portable subnets.
import type { CreateSubnetOptions, Subnet } from '../../../compute/models/network.ts';
import { NotSupportedError } from '../../../errors/not-supported-error.ts';
import type { QueryClient } from '../client/client.ts';
import { childOf, itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { createTags, describe, firstZone, gatewayOf, orAbsent, withMarks } from './common.ts';
import { describeSubnets, ensureBlockFor } from './networks.ts';

/** EC2's own fields of a subnet (`subnet.extra`). */
export interface Ec2SubnetExtra {
  /** The availability zone. */
  readonly availabilityZone: string | undefined;
  /** `pending` or `available`. */
  readonly state: string | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Reads one subnet.
 *
 * @param item - A `subnetSet` item or a `CreateSubnet` answer's `subnet`.
 * @returns The portable subnet (its gateway is the VPC router, the range's first address plus one).
 */
export function toSubnet(item: XmlNode): Subnet<Ec2SubnetExtra> {
  const id = requireText(item, 'subnetId', 'subnet');
  const cidr = requireText(item, 'cidrBlock', 'subnet');
  const tags = tagsOf(item);
  return Object.freeze({
    id,
    name: tags.Name ?? id,
    networkId: requireText(item, 'vpcId', 'subnet'),
    cidr,
    ipVersion: 4,
    gatewayIp: gatewayOf(cidr),
    extra: Object.freeze({
      availabilityZone: textOf(item, 'availabilityZone'),
      state: textOf(item, 'state'),
      tags,
    }),
  });
}

/**
 * @param client - The EC2 client.
 * @param signal - Aborts the walk.
 * @returns Every subnet, lazily.
 */
export async function* listSubnets(
  client: QueryClient,
  signal?: AbortSignal,
): AsyncGenerator<Subnet<Ec2SubnetExtra>> {
  for await (const item of describeSubnets(client, undefined, signal)) yield toSubnet(item);
}

/**
 * @param client - The EC2 client.
 * @param id - The subnet id.
 * @param signal - Aborts the request.
 * @returns The subnet, or `undefined`.
 */
export function getSubnet(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<Subnet<Ec2SubnetExtra> | undefined> {
  return orAbsent(async () => {
    const item = itemsOf(
      await describe(client, 'DescribeSubnets', { SubnetId: [id] }, signal),
      'subnetSet',
    )[0];
    return item === undefined ? undefined : toSubnet(item);
  });
}

function unsupported(options: CreateSubnetOptions): string | undefined {
  if (options.ipVersion === 6 || options.cidr.includes(':')) return 'IPv6 subnets';
  if (options.enableDhcp === false) return 'subnets without DHCP (EC2 always runs it)';
  if ((options.dnsNameservers ?? []).length > 0) return 'per-subnet DNS servers (EC2 sets them per VPC)';
  if (options.gatewayIp !== undefined && options.gatewayIp !== gatewayOf(options.cidr))
    return 'a gateway other than the VPC router (the range’s first address plus one)';
  return undefined;
}

/**
 * Creates a subnet in the region's first zone (where volumes also go by default), after giving the VPC a
 * block that holds the range when it has none.
 *
 * @param client - The EC2 client.
 * @param options - Name, network (VPC), range.
 * @param signal - Aborts the requests.
 * @returns The new subnet.
 * @throws {@link NotSupportedError} for IPv6, DHCP off, DNS servers or a custom gateway.
 */
export async function createSubnet(
  client: QueryClient,
  options: CreateSubnetOptions,
  signal?: AbortSignal,
): Promise<Subnet<Ec2SubnetExtra>> {
  const missing = unsupported(options);
  if (missing !== undefined) throw new NotSupportedError(`EC2 has no ${missing}`);
  await ensureBlockFor(client, options.networkId, options.cidr, signal);
  const params = {
    VpcId: options.networkId,
    CidrBlock: options.cidr,
    AvailabilityZone: await firstZone(client, signal),
    TagSpecification: tagSpecification(createTags({ Name: options.name }, options.marks), 'subnet'),
  };
  const answer = await client.call('CreateSubnet', params, { signal });
  return withMarks(toSubnet(childOf(answer, 'subnet') ?? {}), options.marks);
}
