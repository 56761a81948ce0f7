import { NotFoundError } from 'stratus';
import { getSubnet, listNetworks, neutronV2, type ServiceClient, type Subnet } from 'stratus/openstack';
import { parse } from 'yaml';
import type { FoundReference } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import { type DriverFiles, firstText } from '../driver-files.ts';
import { DISCOVERY_ATTRIBUTES, type DiscoveryPlan, planDiscovery } from './discovery-plan.ts';
import { isObj } from './model.ts';

type RawNetwork = Readonly<Record<string, unknown>>;

/**
 * Reads and validates the package's `discover.yaml` (or `.yml`).
 *
 * @param files - The package files.
 * @returns The plan.
 * @throws {@link DriverApiError} 400 when it is missing or breaks a rule.
 */
export function discoveryPlanOf(files: DriverFiles): DiscoveryPlan {
  const found = firstText(files, ['discover.yaml', 'discover.yml']);
  if (found === undefined)
    throw badRequest("Missing 'discover.yaml' or 'discover.yml' file", 'ERR_DISCOVERY_TEMPLATE');
  let doc: unknown;
  try {
    doc = parse(found.text);
  } catch (error) {
    throw badRequest(`${found.name} is not valid YAML`, 'ERR_DISCOVERY_TEMPLATE', error);
  }
  if (!isObj(doc)) throw badRequest(`${found.name} must be a YAML mapping`, 'ERR_DISCOVERY_TEMPLATE');
  return planDiscovery(doc);
}

async function rawNetwork(
  neutron: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<RawNetwork | undefined> {
  try {
    const response = await neutronV2(neutron).request(
      { method: 'GET', path: `networks/${encodeURIComponent(id)}`, expect: [200] },
      signal,
    );
    const network = isObj(response.body) ? response.body.network : undefined;
    return isObj(network) ? network : undefined;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

async function lookUp(neutron: ServiceClient, by: DiscoveryPlan['by'], value: string, signal?: AbortSignal) {
  if (by === 'network_id') return rawNetwork(neutron, value, signal);
  const matches: string[] = [];
  for await (const network of listNetworks(neutron, {}, signal))
    if (network.name === value) matches.push(network.id);
  if (matches.length > 1) {
    throw badRequest(
      `More than one network is named '${value}' (${matches.join(', ')}): use network_id`,
      'ERR_AMBIGUOUS',
    );
  }
  return matches[0] === undefined ? undefined : rawNetwork(neutron, matches[0], signal);
}

function subnetValue(subnet: Subnet | undefined, field: string): unknown {
  if (subnet === undefined) return null;
  const pool = subnet.allocationPools[0];
  const values: Record<string, unknown> = {
    ip_version: subnet.ipVersion,
    cidr: subnet.cidr,
    start_ip: pool?.start ?? null,
    end_ip: pool?.end ?? null,
    gateway_ip: subnet.gatewayIp ?? null,
    enable_dhcp: subnet.enableDhcp,
  };
  return values[field] ?? null;
}

/**
 * Finds the network a discovery plan names (by id: one GET; by name: list and filter, more than one match is
 * an error) and resolves its outputs; not found is `undefined` (Brent's empty result, never an error).
 *
 * @param neutron - The network client.
 * @param plan - The validated template.
 * @param instanceName - The request's `instanceName` (the `instance_name` input).
 * @param signal - Aborts the requests.
 * @returns The reference, or `undefined` when there is no such network.
 */
export async function discover(
  neutron: ServiceClient,
  plan: DiscoveryPlan,
  instanceName: string,
  signal?: AbortSignal,
): Promise<FoundReference | undefined> {
  const inputs: Record<string, unknown> = { ...plan.defaults, instance_name: instanceName };
  const value = 'literal' in plan.value ? plan.value.literal : inputs[plan.value.input];
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw badRequest(
      `Discovery input '${'input' in plan.value ? plan.value.input : '?'}' has no value`,
      'ERR_DISCOVERY_TEMPLATE',
    );
  }
  const network = await lookUp(neutron, plan.by, String(value), signal);
  if (network === undefined || typeof network.id !== 'string') return undefined;
  const subnetIds = Array.isArray(network.subnets) ? network.subnets : [];
  const needsSubnet = Object.values(plan.outputs).some(
    (o) => 'attribute' in o && DISCOVERY_ATTRIBUTES[o.attribute].startsWith('subnet:'),
  );
  const first: unknown = subnetIds[0];
  const subnet =
    needsSubnet && typeof first === 'string' ? await getSubnet(neutron, first, signal) : undefined;
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(plan.outputs)) {
    if ('literal' in output) {
      outputs[name] = output.literal;
      continue;
    }
    const [source, field] = DISCOVERY_ATTRIBUTES[output.attribute].split(/:(.*)/s) as [string, string];
    outputs[name] = source === 'network' ? (network[field] ?? null) : subnetValue(subnet, field);
  }
  return { resourceId: network.id, associatedTopology: {}, outputs };
}
