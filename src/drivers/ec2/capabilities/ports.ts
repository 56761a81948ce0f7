// Elastic network interfaces as ports.
import type { CreatePortOptions, ListPortsFilter, Port } from '../../../compute/models/network.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { childOf, itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { cidrContains, createTags, describe, orAbsent, withMarks } from './common.ts';
import { describeSubnets } from './networks.ts';

/** EC2's own fields of a port (a network interface). */
export interface Ec2PortExtra {
  /** The subnet. */
  readonly subnetId: string | undefined;
  /** The attachment, when attached. */
  readonly attachmentId: string | undefined;
  /** The Elastic IP on it. */
  readonly publicIp: string | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Reads a network interface.
 * @param item - A `networkInterfaceSet` item or a `CreateNetworkInterface` answer's `networkInterface`.
 * @returns The port (`networkId` is the VPC, `deviceId` the instance it is attached to).
 */
export function toPort(item: XmlNode): Port<Ec2PortExtra> {
  const id = requireText(item, 'networkInterfaceId', 'networkInterface');
  const tags = tagsOf(item);
  const subnetId = textOf(item, 'subnetId');
  const listed = itemsOf(item, 'privateIpAddressesSet').flatMap((p) => textOf(p, 'privateIpAddress') ?? []);
  const primary = textOf(item, 'privateIpAddress');
  const addresses = listed.length > 0 ? listed : primary === undefined ? [] : [primary];
  const attachment = childOf(item, 'attachment') ?? {};
  return Object.freeze({
    id,
    name: tags.Name ?? '',
    networkId: textOf(item, 'vpcId') ?? '',
    deviceId: textOf(attachment, 'instanceId') ?? '',
    status: textOf(item, 'status') ?? 'unknown',
    macAddress: textOf(item, 'macAddress') ?? '',
    fixedIps: Object.freeze(
      addresses.map((ipAddress) => Object.freeze({ subnetId: subnetId ?? '', ipAddress })),
    ),
    securityGroupIds: Object.freeze(itemsOf(item, 'groupSet').flatMap((g) => textOf(g, 'groupId') ?? [])),
    extra: Object.freeze({
      subnetId,
      attachmentId: textOf(attachment, 'attachmentId'),
      publicIp: textOf(childOf(item, 'association') ?? {}, 'publicIp'),
      tags,
    }),
  });
}

/**
 * @param client - The EC2 client. @param filter - Network (VPC) or device (instance). @param signal - Aborts.
 * @returns The matching ports, lazily.
 */
export async function* listPorts(
  client: QueryClient,
  filter: ListPortsFilter = {},
  signal?: AbortSignal,
): AsyncGenerator<Port<Ec2PortExtra>> {
  const wanted: Record<string, readonly string[]> = {};
  if (filter.networkId !== undefined) wanted['vpc-id'] = [filter.networkId];
  if (filter.deviceId !== undefined) wanted['attachment.instance-id'] = [filter.deviceId];
  const params = Object.keys(wanted).length === 0 ? {} : { Filter: filters(wanted) };
  const read = (a: XmlNode) => itemsOf(a, 'networkInterfaceSet');
  for await (const item of paginate(client, { action: 'DescribeNetworkInterfaces', params, read }, signal))
    yield toPort(item);
}

/** @param client - The EC2 client. @param id - The interface. @param signal - Aborts. @returns The port, or `undefined`. */
export function getPort(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<Port<Ec2PortExtra> | undefined> {
  return orAbsent(async () => {
    const answer = await describe(client, 'DescribeNetworkInterfaces', { NetworkInterfaceId: [id] }, signal);
    const item = itemsOf(answer, 'networkInterfaceSet')[0];
    return item === undefined ? undefined : toPort(item);
  });
}

/**
 * Picks the subnet of a VPC for an interface: the one given, else the one holding the address, else the VPC's
 * only subnet.
 * @param client - The EC2 client. @param networkId - The VPC.
 * @param want - A subnet and/or an address. @param signal - Aborts.
 * @returns The subnet id.
 * @throws {@link ConfigurationError} when no subnet, or several, fit.
 */
export async function subnetFor(
  client: QueryClient,
  networkId: string,
  want: { readonly subnetId?: string | undefined; readonly ipAddress?: string | undefined },
  signal?: AbortSignal,
): Promise<string> {
  if (want.subnetId !== undefined) return want.subnetId;
  const subnets = await Array.fromAsync(describeSubnets(client, networkId, signal));
  const fits = subnets.filter(
    (s) => want.ipAddress === undefined || cidrContains(textOf(s, 'cidrBlock') ?? '', want.ipAddress),
  );
  const [only, ...rest] = fits.flatMap((s) => textOf(s, 'subnetId') ?? []);
  if (only === undefined || rest.length > 0) {
    const what = want.ipAddress === undefined ? 'no address' : `address ${want.ipAddress}`;
    throw new ConfigurationError(
      `network ${networkId} has ${fits.length} subnets for ${what}: give a subnet (or a port) to choose one`,
    );
  }
  return only;
}

/**
 * Creates a network interface (`CreateNetworkInterface`).
 * @param client - The EC2 client. @param options - Name, network, address, groups. @param signal - Aborts.
 * @returns The new port.
 */
export async function createPort(
  client: QueryClient,
  options: CreatePortOptions,
  signal?: AbortSignal,
): Promise<Port<Ec2PortExtra>> {
  const fixed = options.fixedIps?.[0] ?? {};
  const params = {
    SubnetId: await subnetFor(client, options.networkId, fixed, signal),
    PrivateIpAddress: fixed.ipAddress,
    SecurityGroupId: options.securityGroupIds,
    TagSpecification: tagSpecification(
      createTags({ Name: options.name }, options.marks),
      'network-interface',
    ),
  };
  const answer = await client.call('CreateNetworkInterface', params, { signal });
  return withMarks(toPort(childOf(answer, 'networkInterface') ?? {}), options.marks);
}
