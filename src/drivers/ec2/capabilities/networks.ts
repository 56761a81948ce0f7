// VPCs as networks and the public address pool as the one external network.
import type { CreateNetworkOptions, Network } from '../../../compute/models/network.ts';
import { pollUntil } from '../../../compute/waiters.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { childOf, itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { cidrContains, createTags, describe, enclosingBlock, orAbsent, withMarks } from './common.ts';

/** The external network of EC2: Amazon's public IPv4 pool, where Elastic IPs come from. */
export const AMAZON_POOL = 'amazon';

/** EC2's own fields of a network (`network.extra`). */
export interface Ec2NetworkExtra {
  /** `vpc` for a VPC; `address-pool` for the external network (Amazon's public IPv4 pool). */
  readonly kind: 'vpc' | 'address-pool';
  /** The VPC's IPv4 blocks (the primary first). */
  readonly cidrBlocks: readonly string[];
  /** Whether it is the region's default VPC. */
  readonly isDefault: boolean;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/** The external network: the pool Elastic IPs are allocated from and internet gateways lead to. */
export const EXTERNAL_NETWORK: Network<Ec2NetworkExtra> = Object.freeze({
  id: AMAZON_POOL,
  name: AMAZON_POOL,
  status: 'available',
  external: true,
  subnetIds: Object.freeze([]),
  extra: Object.freeze({ kind: 'address-pool', cidrBlocks: [], isDefault: false, tags: {} }),
});

function blocksOf(item: XmlNode): string[] {
  const associated = itemsOf(item, 'cidrBlockAssociationSet')
    .filter((a) => (textOf(childOf(a, 'cidrBlockState') ?? {}, 'state') ?? 'associated') !== 'disassociated')
    .flatMap((a) => textOf(a, 'cidrBlock') ?? []);
  const primary = textOf(item, 'cidrBlock');
  return [...new Set([...(primary === undefined ? [] : [primary]), ...associated])];
}

/**
 * Reads one VPC as a portable network.
 *
 * @param item - A `vpcSet` item or a `CreateVpc` answer's `vpc`.
 * @param subnetIds - Its subnets.
 * @returns The network (`name` is the `Name` tag, else the id).
 */
export function toNetwork(item: XmlNode, subnetIds: readonly string[]): Network<Ec2NetworkExtra> {
  const id = requireText(item, 'vpcId', 'vpc');
  const tags = tagsOf(item);
  return Object.freeze({
    id,
    name: tags.Name ?? id,
    status: textOf(item, 'state') ?? 'available',
    external: false,
    subnetIds: Object.freeze([...subnetIds]),
    extra: Object.freeze({
      kind: 'vpc',
      cidrBlocks: blocksOf(item),
      isDefault: textOf(item, 'isDefault') === 'true',
      tags,
    }),
  });
}

/**
 * @param client - The EC2 client.
 * @param vpcId - Only this VPC's subnets; all when omitted.
 * @param signal - Aborts the walk.
 * @returns The raw subnet items.
 */
export function describeSubnets(
  client: QueryClient,
  vpcId: string | undefined,
  signal?: AbortSignal,
): AsyncIterable<XmlNode> {
  const params = vpcId === undefined ? {} : { Filter: filters({ 'vpc-id': [vpcId] }) };
  return paginate(
    client,
    { action: 'DescribeSubnets', params, read: (a) => itemsOf(a, 'subnetSet') },
    signal,
  );
}

/**
 * Lists the VPCs as networks, then the external network.
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the walk.
 * @returns The networks (two requests: VPCs and subnets).
 */
export async function* listNetworks(
  client: QueryClient,
  signal?: AbortSignal,
): AsyncGenerator<Network<Ec2NetworkExtra>> {
  const byVpc = new Map<string, string[]>();
  for await (const s of describeSubnets(client, undefined, signal)) {
    const vpc = textOf(s, 'vpcId') ?? '';
    byVpc.set(vpc, [...(byVpc.get(vpc) ?? []), requireText(s, 'subnetId', 'subnet')]);
  }
  const vpcs = paginate(
    client,
    { action: 'DescribeVpcs', params: {}, read: (a) => itemsOf(a, 'vpcSet') },
    signal,
  );
  for await (const item of vpcs) yield toNetwork(item, byVpc.get(textOf(item, 'vpcId') ?? '') ?? []);
  yield EXTERNAL_NETWORK;
}

/**
 * @param client - The EC2 client.
 * @param id - A VPC id, or `amazon` for the external network.
 * @param signal - Aborts the requests.
 * @returns The network, or `undefined` when EC2 does not know it.
 */
export async function getNetwork(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<Network<Ec2NetworkExtra> | undefined> {
  if (id === AMAZON_POOL) return EXTERNAL_NETWORK;
  return orAbsent(async () => {
    const item = itemsOf(await describe(client, 'DescribeVpcs', { VpcId: [id] }, signal), 'vpcSet')[0];
    if (item === undefined) return undefined;
    const subnets = await Array.fromAsync(describeSubnets(client, id, signal));
    return toNetwork(
      item,
      subnets.flatMap((s) => textOf(s, 'subnetId') ?? []),
    );
  });
}

/** The VPC block a network gets when its options name none (subnets outside it add blocks as needed). */
export const DEFAULT_VPC_BLOCK = '10.0.0.0/16';

/**
 * Creates a VPC (`CreateVpc`) named by its `Name` tag.
 *
 * @param client - The EC2 client.
 * @param options - Name and, optionally, the VPC's block.
 * @param signal - Aborts the request.
 * @returns The new network.
 */
export async function createNetwork(
  client: QueryClient,
  options: CreateNetworkOptions,
  signal?: AbortSignal,
): Promise<Network<Ec2NetworkExtra>> {
  const params = {
    CidrBlock: options.cidr ?? DEFAULT_VPC_BLOCK,
    TagSpecification: tagSpecification(createTags({ Name: options.name }, options.marks), 'vpc'),
  };
  const answer = await client.call('CreateVpc', params, { signal });
  return withMarks(toNetwork(childOf(answer, 'vpc') ?? {}, []), options.marks);
}

/**
 * Makes sure a VPC has a block holding `cidr`: adds the enclosing `/16` (`AssociateVpcCidrBlock`) when none
 * does, and waits until EC2 reports it associated.
 *
 * @param client - The EC2 client.
 * @param vpcId - The VPC.
 * @param cidr - The subnet range about to be made.
 * @param signal - Aborts the requests and the wait.
 * @returns Once the VPC can hold the range.
 */
export async function ensureBlockFor(
  client: QueryClient,
  vpcId: string,
  cidr: string,
  signal?: AbortSignal,
): Promise<void> {
  const network = await getNetwork(client, vpcId, signal);
  if (network === undefined || network.extra.cidrBlocks.some((block) => cidrContains(block, cidr))) return;
  const block = enclosingBlock(cidr);
  await client.call('AssociateVpcCidrBlock', { VpcId: vpcId, CidrBlock: block }, { signal });
  await pollUntil(
    {
      description: `VPC ${vpcId} block ${block}`,
      resourceId: vpcId,
      fetch: (s) => describe(client, 'DescribeVpcs', { VpcId: [vpcId] }, s),
      check: (answer) => {
        const item = itemsOf(answer ?? {}, 'vpcSet')[0] ?? {};
        const state = itemsOf(item, 'cidrBlockAssociationSet')
          .filter((a) => textOf(a, 'cidrBlock') === block)
          .map((a) => textOf(childOf(a, 'cidrBlockState') ?? {}, 'state'))[0];
        return state === 'associated' || state === undefined ? { kind: 'done' } : { kind: 'continue' };
      },
      status: () => 'associating',
    },
    { timeoutMs: 60_000, intervalMs: 500, maxIntervalMs: 2_000 },
    signal,
  );
}
