// Internet gateways as routers: a subnet "interface" is a route table (0.0.0.0/0 → the gateway) associated
// with the subnet, and the gateway attached to the subnet's VPC.
import type { CreateRouterOptions, Router } from '../../../compute/models/network.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { NotSupportedError } from '../../../errors/not-supported-error.ts';
import { paginate, type QueryClient } from '../client/client.ts';
import { childOf, itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { createTags, orAbsent, withMarks } from './common.ts';
import { AMAZON_POOL } from './networks.ts';

/** EC2's own fields of a router (an internet gateway). */
export interface Ec2RouterExtra {
  /** The VPCs it is attached to (at most one). */
  readonly vpcIds: readonly string[];
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Reads an internet gateway as a router whose gateway is the external network `amazon`.
 *
 * @param item - An `internetGatewaySet` item or a `CreateInternetGateway` answer's `internetGateway`.
 * @returns The router (`status` is `attached` or `detached`).
 */
export function toRouter(item: XmlNode): Router<Ec2RouterExtra> {
  const id = requireText(item, 'internetGatewayId', 'internetGateway');
  const tags = tagsOf(item);
  const vpcIds = itemsOf(item, 'attachmentSet').flatMap((a) => textOf(a, 'vpcId') ?? []);
  return Object.freeze({
    id,
    name: tags.Name ?? id,
    status: vpcIds.length > 0 ? 'attached' : 'detached',
    externalNetworkId: AMAZON_POOL,
    extra: Object.freeze({ vpcIds: Object.freeze(vpcIds), tags }),
  });
}

const gateways = (client: QueryClient, params: Record<string, readonly string[]>, signal?: AbortSignal) =>
  paginate(
    client,
    { action: 'DescribeInternetGateways', params, read: (a) => itemsOf(a, 'internetGatewaySet') },
    signal,
  );

/** @param client - The EC2 client. @param signal - Aborts. @returns Every internet gateway as a router. */
export async function* listRouters(
  client: QueryClient,
  signal?: AbortSignal,
): AsyncGenerator<Router<Ec2RouterExtra>> {
  for await (const item of gateways(client, {}, signal)) yield toRouter(item);
}

/** @param client - The EC2 client. @param id - The gateway. @param signal - Aborts. @returns The router, or `undefined`. */
export function getRouter(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<Router<Ec2RouterExtra> | undefined> {
  return orAbsent(async () => {
    const [item] = await Array.fromAsync(gateways(client, { InternetGatewayId: [id] }, signal));
    return item === undefined ? undefined : toRouter(item);
  });
}

/**
 * Creates an internet gateway.
 * @param client - The EC2 client.
 * @param options - Name; the external network, if given, must be `amazon`.
 * @param signal - Aborts.
 * @returns The router (detached until a subnet is added).
 * @throws {@link ConfigurationError} for another external network.
 */
export async function createRouter(
  client: QueryClient,
  options: CreateRouterOptions,
  signal?: AbortSignal,
): Promise<Router<Ec2RouterExtra>> {
  const external = options.externalNetworkId;
  if (external !== undefined && external !== AMAZON_POOL)
    throw new ConfigurationError(
      `EC2 routers lead to the external network "${AMAZON_POOL}", not "${external}"`,
    );
  const params = {
    TagSpecification: tagSpecification(createTags({ Name: options.name }, options.marks), 'internet-gateway'),
  };
  const answer = await client.call('CreateInternetGateway', params, { signal });
  return withMarks(toRouter(childOf(answer, 'internetGateway') ?? {}), options.marks);
}

/**
 * Deletes an internet gateway, detaching it from its VPC first.
 * @param client - The EC2 client. @param id - The gateway. @param signal - Aborts.
 * @returns Once deleted.
 */
export async function deleteRouter(client: QueryClient, id: string, signal?: AbortSignal): Promise<void> {
  const router = await getRouter(client, id, signal);
  for (const vpcId of router?.extra.vpcIds ?? [])
    await client.call('DetachInternetGateway', { InternetGatewayId: id, VpcId: vpcId }, { signal });
  await client.call('DeleteInternetGateway', { InternetGatewayId: id }, { signal });
}

/**
 * Gateways cannot be pointed elsewhere: setting `amazon` keeps the router, clearing it is not supported.
 * @param client - The EC2 client. @param id - The gateway. @param networkId - `amazon`, or `null`. @param signal - Aborts.
 * @returns The router.
 * @throws {@link NotSupportedError} for `null` or another network.
 */
export async function setRouterGateway(
  client: QueryClient,
  id: string,
  networkId: string | null,
  signal?: AbortSignal,
): Promise<Router<Ec2RouterExtra>> {
  if (networkId !== AMAZON_POOL)
    throw new NotSupportedError(
      `an EC2 internet gateway always leads to "${AMAZON_POOL}"; it cannot be set to ${String(networkId)}`,
    );
  const router = await getRouter(client, id, signal);
  if (router === undefined) throw new ConfigurationError(`setRouterGateway: no router ${id}`);
  return router;
}
