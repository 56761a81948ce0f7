// A router's subnets: a route table per VPC sending the default route to the internet gateway.
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { childOf, itemsOf, requireText, textOf } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { describe } from './common.ts';
import { getRouter } from './routers.ts';
import { getSubnet } from './subnets.ts';

/** One route table that sends the default route to a gateway. */
interface GatewayTable {
  readonly id: string;
  readonly vpcId: string;
  readonly associations: readonly { readonly id: string; readonly subnetId: string }[];
}

async function tablesOf(
  client: QueryClient,
  gatewayId: string,
  signal?: AbortSignal,
): Promise<GatewayTable[]> {
  const params = { Filter: filters({ 'route.gateway-id': [gatewayId] }) };
  const answer = await describe(client, 'DescribeRouteTables', params, signal);
  return itemsOf(answer, 'routeTableSet')
    .filter((t) => itemsOf(t, 'routeSet').some((r) => textOf(r, 'gatewayId') === gatewayId))
    .map((t) => ({
      id: requireText(t, 'routeTableId', 'routeTable'),
      vpcId: textOf(t, 'vpcId') ?? '',
      associations: itemsOf(t, 'associationSet').flatMap((a) => {
        const subnetId = textOf(a, 'subnetId');
        const id = textOf(a, 'routeTableAssociationId');
        return subnetId === undefined || id === undefined ? [] : [{ id, subnetId }];
      }),
    }));
}

/** @param client - The EC2 client. @param id - The gateway. @param signal - Aborts. @returns The subnets routed through it. */
export async function listRouterSubnets(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<string[]> {
  return (await tablesOf(client, id, signal)).flatMap((t) => t.associations.map((a) => a.subnetId));
}

/**
 * Routes a subnet through the gateway: attaches the gateway to the subnet's VPC, makes (once per VPC) a route
 * table with the default route to it, and associates the subnet with that table.
 * @param client - The EC2 client. @param id - The gateway. @param subnetId - The subnet. @param signal - Aborts.
 * @returns Once associated.
 * @throws {@link ConfigurationError} when the gateway already serves another VPC.
 */
export async function addRouterSubnet(
  client: QueryClient,
  id: string,
  subnetId: string,
  signal?: AbortSignal,
): Promise<void> {
  const subnet = await getSubnet(client, subnetId, signal);
  const router = await getRouter(client, id, signal);
  if (subnet === undefined || router === undefined)
    throw new ConfigurationError(
      `addRouterSubnet: no ${subnet === undefined ? `subnet ${subnetId}` : `router ${id}`}`,
    );
  const vpcId = subnet.networkId;
  const other = router.extra.vpcIds.find((v) => v !== vpcId);
  if (other !== undefined)
    throw new ConfigurationError(`router ${id} serves VPC ${other}; an EC2 internet gateway serves one VPC`);
  if (router.extra.vpcIds.length === 0)
    await client.call('AttachInternetGateway', { InternetGatewayId: id, VpcId: vpcId }, { signal });
  const tables = await tablesOf(client, id, signal);
  let table = tables.find((t) => t.vpcId === vpcId)?.id;
  if (table === undefined) {
    const params = { VpcId: vpcId, TagSpecification: tagSpecification({ Name: router.name }, 'route-table') };
    table = requireText(
      childOf(await client.call('CreateRouteTable', params, { signal }), 'routeTable') ?? {},
      'routeTableId',
      'routeTable',
    );
    const route = { RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: id };
    await client.call('CreateRoute', route, { signal });
  }
  await client.call('AssociateRouteTable', { RouteTableId: table, SubnetId: subnetId }, { signal });
}

/**
 * Stops routing a subnet through the gateway; the route table goes with its last subnet, and the gateway is
 * detached from the VPC with its last table there.
 * @param client - The EC2 client. @param id - The gateway. @param subnetId - The subnet. @param signal - Aborts.
 * @returns Once removed.
 */
export async function removeRouterSubnet(
  client: QueryClient,
  id: string,
  subnetId: string,
  signal?: AbortSignal,
): Promise<void> {
  for (const table of await tablesOf(client, id, signal)) {
    const mine = table.associations.filter((a) => a.subnetId === subnetId);
    if (mine.length === 0) continue;
    for (const a of mine) await client.call('DisassociateRouteTable', { AssociationId: a.id }, { signal });
    if (mine.length < table.associations.length) continue;
    await client.call('DeleteRouteTable', { RouteTableId: table.id }, { signal });
    await client.call('DetachInternetGateway', { InternetGatewayId: id, VpcId: table.vpcId }, { signal });
  }
}
