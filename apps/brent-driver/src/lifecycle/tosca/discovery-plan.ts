import { badRequest } from '../../http/api-error.ts';
import { isObj, readTosca } from './model.ts';

/** The network attributes a discovery output may read, and where each comes from (SPEC §4.6). */
export const DISCOVERY_ATTRIBUTES = {
  network_name: 'network:name',
  network_id: 'network:id',
  segmentation_id: 'network:provider:segmentation_id',
  physical_network: 'network:provider:physical_network',
  network_type: 'network:provider:network_type',
  ip_version: 'subnet:ip_version',
  cidr: 'subnet:cidr',
  start_ip: 'subnet:start_ip',
  end_ip: 'subnet:end_ip',
  gateway_ip: 'subnet:gateway_ip',
  dhcp_enabled: 'subnet:enable_dhcp',
} as const;

/** One of {@link DISCOVERY_ATTRIBUTES}' keys. */
export type DiscoveryAttribute = keyof typeof DISCOVERY_ATTRIBUTES;

/** A validated discovery template. */
export interface DiscoveryPlan {
  /** Look the network up by name or by id. */
  readonly by: 'network_name' | 'network_id';
  /** A literal, or the input whose value to use. */
  readonly value: { readonly literal: string } | { readonly input: string };
  /** Input defaults. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Outputs: literals or network attributes. */
  readonly outputs: Readonly<
    Record<string, { readonly literal: unknown } | { readonly attribute: DiscoveryAttribute }>
  >;
}

function reject(message: string): never {
  throw badRequest(`Invalid discovery template: ${message}`, 'ERR_DISCOVERY_TEMPLATE');
}

/**
 * Validates a discovery template exactly by the VIM driver's rules: one node template of (a type derived
 * from) `tosca.nodes.network.Network`/`NetworkWithAttr`; exactly one property, `network_name` or
 * `network_id`, literal or `get_input`; outputs literal or `get_attribute` of that node's supported
 * attributes (no `get_property`, `get_input`, `concat`, `token`, `get_operation_output`).
 *
 * @param doc - The parsed `discover.yaml`.
 * @returns The plan.
 * @throws {@link DriverApiError} 400 naming the broken rule.
 */
export function planDiscovery(doc: Readonly<Record<string, unknown>>): DiscoveryPlan {
  const model = readTosca(doc);
  if (model.nodes.length !== 1) reject(`expected exactly one node template, found ${model.nodes.length}`);
  const node = model.nodes[0];
  if (node?.base !== 'tosca.nodes.network.Network') {
    reject(`node '${node?.name ?? '?'}' must be a tosca.nodes.network.Network, not ${node?.type ?? '?'}`);
  }
  const entries = Object.entries(node.properties);
  const [property] = entries;
  if (entries.length !== 1 || property === undefined) {
    reject(`node '${node.name}' must set exactly one property, network_name or network_id`);
  }
  const [by, raw] = property;
  if (by !== 'network_name' && by !== 'network_id')
    reject(`property '${by}' is not supported: use network_name or network_id`);
  let value: DiscoveryPlan['value'];
  if (isObj(raw)) {
    if (Object.keys(raw).length !== 1 || typeof raw.get_input !== 'string') {
      reject(`property '${by}' may only be a literal or get_input`);
    }
    value = { input: raw.get_input };
  } else if (typeof raw === 'string' || typeof raw === 'number') value = { literal: String(raw) };
  else reject(`property '${by}' must be a string`);
  const defaults = Object.fromEntries(Object.entries(model.inputs).map(([k, v]) => [k, v.default]));
  const outputs: Record<string, { literal: unknown } | { attribute: DiscoveryAttribute }> = {};
  for (const [name, output] of Object.entries(model.outputs)) {
    const v = output.value;
    if (!isObj(v)) {
      outputs[name] = { literal: v };
      continue;
    }
    const args = v.get_attribute;
    if (Object.keys(v).length !== 1 || !Array.isArray(args)) {
      reject(`output '${name}' may only be a literal or get_attribute (found ${Object.keys(v).join(', ')})`);
    }
    const [target, attribute] = args as unknown[];
    if (target !== node.name) reject(`output '${name}' reads node '${String(target)}', not '${node.name}'`);
    if (typeof attribute !== 'string' || !(attribute in DISCOVERY_ATTRIBUTES)) {
      reject(`output '${name}': attribute '${String(attribute)}' is not supported`);
    }
    outputs[name] = { attribute: attribute as DiscoveryAttribute };
  }
  return { by, value, defaults, outputs };
}
