import type { DeploymentDocument, JsonValue, ResourceRef, ResourceSpec } from '../../document/types.ts';
import { networkName } from './targets.ts';

/** How a document output is read from a stack: the HOT expression, then a pick from its value. */
export interface StackOutput {
  /** The HOT output value. */
  readonly value: JsonValue;
  /** Turns what Heat returns into the document's value. */
  readonly pick: (raw: JsonValue) => JsonValue;
}

const same = (raw: JsonValue): JsonValue => raw;

function field(raw: JsonValue, ...path: (string | number)[]): JsonValue {
  let at: JsonValue = raw;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return null;
    const next: JsonValue | undefined = Array.isArray(at)
      ? (at as readonly JsonValue[])[Number(key)]
      : (at as Record<string, JsonValue>)[key];
    at = next ?? null;
  }
  return at;
}

function addressOf(type: 'fixed' | 'floating', network: string | undefined) {
  return (raw: JsonValue): JsonValue => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const lists = Object.entries(raw as Record<string, JsonValue>)
      .filter(([name]) => network === undefined || name === network)
      .flatMap(([, list]) => (Array.isArray(list) ? (list as readonly JsonValue[]) : []));
    const found = lists.find((item) => field(item, 'OS-EXT-IPS:type') === type);
    return field(found ?? null, 'addr');
  };
}

function serverOutput(spec: ResourceSpec, document: DeploymentDocument, attribute: string): StackOutput {
  const first = spec.managed && spec.kind === 'server' ? spec.properties.networks[0] : undefined;
  const network = first === undefined ? undefined : networkName(document, first);
  if (attribute === 'privateIp')
    return { value: { get_attr: [spec.name, 'addresses'] }, pick: addressOf('fixed', network) };
  if (attribute === 'publicIp')
    return { value: { get_attr: [spec.name, 'addresses'] }, pick: addressOf('floating', undefined) };
  return {
    value: { get_attr: [spec.name, 'show', attribute] },
    pick: (raw) => (typeof raw === 'string' ? raw.toLowerCase() : raw),
  };
}

const SHOW_PATHS: Readonly<Record<string, readonly (string | number)[]>> = {
  'subnet.cidr': ['cidr'],
  'subnet.gatewayIp': ['gateway_ip'],
  'router.externalIp': ['external_gateway_info', 'external_fixed_ips', 0, 'ip_address'],
  'port.ipAddress': ['fixed_ips', 0, 'ip_address'],
  'port.macAddress': ['mac_address'],
  'volume.size': ['size'],
  'volume.status': ['status'],
  'volume.device': ['attachments', 0, 'device'],
  'floatingIp.address': ['floating_ip_address'],
  'keyPair.fingerprint': ['fingerprint'],
};

function referenceOutput(document: DeploymentDocument, ref: ResourceRef): StackOutput {
  const spec = document.resources.find((resource) => resource.name === ref.ref);
  const attribute = ref.attribute ?? 'id';
  if (spec === undefined || !spec.managed)
    return { value: spec === undefined ? null : (spec.id ?? spec.cloudName), pick: same };
  if (attribute === 'id') return { value: { get_resource: spec.name }, pick: same };
  if (attribute === 'name') return { value: spec.cloudName, pick: same };
  if (spec.kind === 'server') return serverOutput(spec, document, attribute);
  const path = SHOW_PATHS[`${spec.kind}.${attribute}`] ?? [attribute];
  return { value: { get_attr: [spec.name, 'show'] }, pick: (raw) => field(raw, ...path) };
}

/**
 * Translates the document's outputs into stack outputs (the stack's outputs become the document's outputs).
 *
 * @param document - The document.
 * @returns Each output's HOT expression and how to read its value.
 */
export function stackOutputs(document: DeploymentDocument): Readonly<Record<string, StackOutput>> {
  const out: Record<string, StackOutput> = {};
  for (const output of document.outputs) {
    const value = output.value;
    const isRef =
      typeof value === 'object' && value !== null && 'ref' in value && typeof value.ref === 'string';
    out[output.name] = isRef
      ? referenceOutput(document, value as ResourceRef)
      : { value: value as JsonValue, pick: same };
  }
  return out;
}
