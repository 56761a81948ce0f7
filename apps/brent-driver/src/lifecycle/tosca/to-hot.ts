import { badRequest } from '../../http/api-error.ts';
import { flavorFor } from './flavor.ts';
import { isObj, readTosca, type ToscaNode, type ToscaTemplate } from './model.ts';
import { hotParameterType, sizeInMb, toHotValue } from './values.ts';

type Obj = Readonly<Record<string, unknown>>;
type Resources = Record<string, { type: string; properties: Record<string, unknown> }>;

const ALLOWED: Readonly<Record<ToscaNode['base'], readonly string[]>> = {
  'tosca.nodes.Compute': [
    'image',
    'flavor',
    'key_name',
    'availability_zone',
    'metadata',
    'user_data',
    'name',
  ],
  'tosca.nodes.network.Network': ['network_name', 'network_id'],
  'tosca.nodes.network.Port': ['ip_address', 'order', 'is_default'],
  'tosca.nodes.BlockStorage': ['size', 'volume_id', 'snapshot_id'],
};

function unsupported(message: string): never {
  throw badRequest(message, 'ERR_TOSCA_UNSUPPORTED');
}

function checkProperties(node: ToscaNode): void {
  for (const key of Object.keys(node.properties)) {
    if (!ALLOWED[node.base].includes(key)) {
      unsupported(`TOSCA node '${node.name}' (${node.type}): property '${key}' is not supported`);
    }
  }
}

function target(
  model: ToscaTemplate,
  node: ToscaNode,
  requirement: string,
  base: ToscaNode['base'],
): ToscaNode {
  const ref = node.requirements.find((r) => r.name === requirement);
  const found = model.nodes.find((n) => n.name === ref?.node);
  if (found?.base !== base) {
    throw badRequest(
      `TOSCA node '${node.name}' needs a '${requirement}' requirement to a ${base} node`,
      'ERR_TOSCA',
    );
  }
  return found;
}

function networkRef(model: ToscaTemplate, network: ToscaNode): unknown {
  const { network_name: name, network_id: id } = network.properties;
  const value = id ?? name;
  if (value === undefined) {
    throw badRequest(
      `TOSCA network '${network.name}' needs network_name or network_id (an existing network)`,
      'ERR_TOSCA',
    );
  }
  return toHotValue(value, model, `node '${network.name}'`);
}

function server(model: ToscaTemplate, node: ToscaNode, resources: Resources): void {
  const where = `node '${node.name}'`;
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.properties)) props[key] = toHotValue(value, model, where);
  if (props.flavor === undefined) props.flavor = flavorFor(node.capabilities.host ?? {}, node.name);
  for (const cap of Object.keys(node.capabilities)) {
    if (cap !== 'host') unsupported(`TOSCA ${where}: capability '${cap}' is not supported`);
  }
  const ports = model.nodes.filter(
    (p) => p.base === 'tosca.nodes.network.Port' && bindingOf(p) === node.name,
  );
  if (ports.length > 0) props.networks = ports.map((p) => ({ port: { get_resource: p.name } }));
  // RAW user data: Heat then creates no software-config user for the server (nothing here needs one).
  props.user_data_format = 'RAW';
  resources[node.name] = { type: 'OS::Nova::Server', properties: props };
  for (const r of node.requirements) {
    if (r.name !== 'local_storage') unsupported(`TOSCA ${where}: requirement '${r.name}' is not supported`);
    const volume = target(model, node, 'local_storage', 'tosca.nodes.BlockStorage');
    const location = r.properties.location;
    resources[`${node.name}_${volume.name}_attachment`] = {
      type: 'OS::Cinder::VolumeAttachment',
      properties: {
        instance_uuid: { get_resource: node.name },
        volume_id: volumeRef(model, volume),
        ...(location === undefined ? {} : { mountpoint: toHotValue(location, model, where) }),
      },
    };
  }
}

function bindingOf(port: ToscaNode): string | undefined {
  return port.requirements.find((r) => r.name === 'binding')?.node;
}

function volumeRef(model: ToscaTemplate, volume: ToscaNode): unknown {
  const existing = volume.properties.volume_id;
  return existing === undefined
    ? { get_resource: volume.name }
    : toHotValue(existing, model, `node '${volume.name}'`);
}

function port(model: ToscaTemplate, node: ToscaNode, resources: Resources): void {
  target(model, node, 'binding', 'tosca.nodes.Compute');
  const network = target(model, node, 'link', 'tosca.nodes.network.Network');
  for (const r of node.requirements) {
    if (r.name !== 'binding' && r.name !== 'link')
      unsupported(`TOSCA node '${node.name}': requirement '${r.name}' is not supported`);
  }
  const props: Record<string, unknown> = { network: networkRef(model, network) };
  const ip = node.properties.ip_address;
  if (ip !== undefined) props.fixed_ips = [{ ip_address: toHotValue(ip, model, `node '${node.name}'`) }];
  resources[node.name] = { type: 'OS::Neutron::Port', properties: props };
}

function volume(model: ToscaTemplate, node: ToscaNode, resources: Resources): void {
  if (node.properties.volume_id !== undefined) return;
  const where = `node '${node.name}'`;
  const size = node.properties.size;
  if (size === undefined)
    throw badRequest(`TOSCA ${where}: BlockStorage needs 'size' or 'volume_id'`, 'ERR_TOSCA');
  const props: Record<string, unknown> = { size: Math.max(1, Math.ceil(sizeInMb(size, where) / 1000)) };
  const snapshot = node.properties.snapshot_id;
  if (snapshot !== undefined) props.snapshot_id = toHotValue(snapshot, model, where);
  resources[node.name] = { type: 'OS::Cinder::Volume', properties: props };
}

function attributeOf(model: ToscaTemplate, args: unknown, output: string): unknown {
  const [name, attribute, ...rest] = Array.isArray(args) ? (args as unknown[]) : [];
  const node = model.nodes.find((n) => n.name === name);
  const where = `output '${output}'`;
  if (node === undefined || typeof attribute !== 'string' || rest.length > 0) {
    throw badRequest(
      `TOSCA ${where}: get_attribute ${JSON.stringify(args)} names no node attribute`,
      'ERR_TOSCA',
    );
  }
  if (attribute === 'tosca_name') return node.name;
  if (node.base === 'tosca.nodes.Compute') {
    if (attribute === 'tosca_id') return { get_resource: node.name };
    if (attribute === 'networks') return { get_attr: [node.name, 'networks'] };
    if (attribute === 'private_address' || attribute === 'public_address') {
      const bound = model.nodes.find(
        (p) => p.base === 'tosca.nodes.network.Port' && bindingOf(p) === node.name,
      );
      return bound === undefined
        ? { get_attr: [node.name, 'first_address'] }
        : { get_attr: [bound.name, 'fixed_ips', 0, 'ip_address'] };
    }
  }
  if (node.base === 'tosca.nodes.network.Port' && attribute === 'ip_address') {
    return { get_attr: [node.name, 'fixed_ips', 0, 'ip_address'] };
  }
  if (node.base === 'tosca.nodes.BlockStorage' && attribute === 'volume_id') return volumeRef(model, node);
  if (node.base === 'tosca.nodes.network.Network' && attribute === 'network_name') {
    return toHotValue(node.properties.network_name, model, where);
  }
  return unsupported(`TOSCA ${where}: attribute '${attribute}' of ${node.type} is not supported`);
}

function outputValue(model: ToscaTemplate, value: unknown, output: string): unknown {
  if (isObj(value) && Object.keys(value).length === 1 && 'get_attribute' in value) {
    return attributeOf(model, value.get_attribute, output);
  }
  return toHotValue(value, model, `output '${output}'`);
}

/**
 * Translates the TOSCA subset of the example packages to a HOT template: Compute (and NovaServer) →
 * `OS::Nova::Server`, an existing Network by name or id, Port (binding + link) → `OS::Neutron::Port`,
 * BlockStorage → `OS::Cinder::Volume` (+ attachment through `local_storage`), inputs → parameters, outputs
 * from `get_attribute` (a server's `private_address` comes from its bound port, never from a network name
 * guessed in advance).
 *
 * @param doc - The parsed TOSCA YAML.
 * @returns The HOT template.
 * @throws {@link DriverApiError} 400 naming an unsupported or invalid construct.
 */
export function toscaToHot(doc: Obj): Record<string, unknown> {
  const model = readTosca(doc);
  const resources: Resources = {};
  for (const node of model.nodes) {
    checkProperties(node);
    if (node.base === 'tosca.nodes.Compute') server(model, node, resources);
    else if (node.base === 'tosca.nodes.network.Port') port(model, node, resources);
    else if (node.base === 'tosca.nodes.BlockStorage') volume(model, node, resources);
    else networkRef(model, node);
  }
  const parameters: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(model.inputs)) {
    parameters[name] = {
      type: hotParameterType(input.type),
      ...(input.default === undefined ? {} : { default: input.default }),
      ...(typeof input.description === 'string' ? { description: input.description } : {}),
    };
  }
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(model.outputs)) {
    outputs[name] = {
      value: outputValue(model, output.value, name),
      ...(typeof output.description === 'string' ? { description: output.description } : {}),
    };
  }
  const description = typeof doc.description === 'string' ? { description: doc.description } : {};
  return { heat_template_version: '2016-10-14', ...description, parameters, resources, outputs };
}
