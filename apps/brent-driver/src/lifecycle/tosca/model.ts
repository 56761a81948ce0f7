import { badRequest } from '../../http/api-error.ts';

/** The node types this driver understands; every template type must be or derive from one of them. */
export const BASE_TYPES = [
  'tosca.nodes.Compute',
  'tosca.nodes.network.Network',
  'tosca.nodes.network.Port',
  'tosca.nodes.BlockStorage',
] as const;

/** One of {@link BASE_TYPES}. */
export type BaseType = (typeof BASE_TYPES)[number];

/** Normative and driver types that are aliases of a base type. */
const ALIASES: Readonly<Record<string, BaseType>> = {
  'tosca.nodes.Compute.NovaServer': 'tosca.nodes.Compute',
  'tosca.nodes.network.NetworkWithAttr': 'tosca.nodes.network.Network',
};

type Obj = Readonly<Record<string, unknown>>;

/** One node template with its type resolved. */
export interface ToscaNode {
  /** The template's name. */
  readonly name: string;
  /** The type as written. */
  readonly type: string;
  /** The base type it is or derives from. */
  readonly base: BaseType;
  /** Its properties. */
  readonly properties: Obj;
  /** Its requirements as `[name, target node, relationship properties]`. */
  readonly requirements: readonly {
    readonly name: string;
    readonly node: string;
    readonly properties: Obj;
  }[];
  /** Properties of its capabilities, by capability name. */
  readonly capabilities: Readonly<Record<string, Obj>>;
}

/** The parts of a TOSCA service template this driver reads. */
export interface ToscaTemplate {
  /** Inputs by name (their definitions). */
  readonly inputs: Readonly<Record<string, Obj>>;
  /** Node templates in document order. */
  readonly nodes: readonly ToscaNode[];
  /** Outputs by name (their definitions, with `value`). */
  readonly outputs: Readonly<Record<string, Obj>>;
}

/**
 * Whether a value is a plain mapping.
 *
 * @param value - Anything.
 * @returns `true` for a non-null, non-array object.
 */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveBase(type: string, nodeTypes: Obj, node: string): BaseType {
  const seen = new Set<string>();
  let current = type;
  while (!seen.has(current)) {
    seen.add(current);
    if ((BASE_TYPES as readonly string[]).includes(current)) return current as BaseType;
    const alias = ALIASES[current];
    if (alias !== undefined) return alias;
    const definition = nodeTypes[current];
    const parent = isObj(definition) ? definition.derived_from : undefined;
    if (typeof parent !== 'string') break;
    current = parent;
  }
  throw badRequest(
    `TOSCA node '${node}' has type '${type}', which is not supported: use ${BASE_TYPES.join(', ')} (or a type derived from one)`,
    'ERR_TOSCA_UNSUPPORTED',
  );
}

function requirementsOf(raw: unknown, node: string): ToscaNode['requirements'] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest(`TOSCA node '${node}': requirements must be a list`, 'ERR_TOSCA');
  return raw.flatMap((entry: unknown) =>
    Object.entries(isObj(entry) ? entry : {}).map(([name, value]) => {
      const target = typeof value === 'string' ? value : isObj(value) ? value.node : undefined;
      if (typeof target !== 'string') {
        throw badRequest(`TOSCA node '${node}': requirement '${name}' must name a node`, 'ERR_TOSCA');
      }
      const relationship = isObj(value) ? value.relationship : undefined;
      const properties = isObj(relationship) && isObj(relationship.properties) ? relationship.properties : {};
      return { name, node: target, properties };
    }),
  );
}

const UNSUPPORTED_SECTIONS = [
  'imports',
  'relationship_types',
  'policy_types',
  'group_types',
  'interface_types',
];
const UNSUPPORTED_TOPOLOGY = [
  'groups',
  'policies',
  'relationship_templates',
  'substitution_mappings',
  'workflows',
];

/**
 * Reads a TOSCA Simple Profile template into the driver's model and checks references: every node type
 * resolves to a supported base type, every requirement names a node, every `get_input` names a declared input.
 *
 * @param doc - The parsed YAML.
 * @returns The model.
 * @throws {@link DriverApiError} 400 naming the unsupported construct or the broken reference.
 */
export function readTosca(doc: Obj): ToscaTemplate {
  if (typeof doc.tosca_definitions_version !== 'string') {
    throw badRequest("The TOSCA template has no 'tosca_definitions_version'", 'ERR_TOSCA');
  }
  for (const section of UNSUPPORTED_SECTIONS) {
    if (doc[section] !== undefined)
      throw badRequest(`TOSCA '${section}' is not supported`, 'ERR_TOSCA_UNSUPPORTED');
  }
  const topology = isObj(doc.topology_template) ? doc.topology_template : {};
  for (const section of UNSUPPORTED_TOPOLOGY) {
    if (topology[section] !== undefined) {
      throw badRequest(`TOSCA topology_template '${section}' is not supported`, 'ERR_TOSCA_UNSUPPORTED');
    }
  }
  const templates = topology.node_templates;
  if (!isObj(templates) || Object.keys(templates).length === 0) {
    throw badRequest('The TOSCA template has no node_templates', 'ERR_TOSCA');
  }
  const nodeTypes = isObj(doc.node_types) ? doc.node_types : {};
  const nodes = Object.entries(templates).map(([name, raw]): ToscaNode => {
    const t = isObj(raw) ? raw : {};
    if (typeof t.type !== 'string') throw badRequest(`TOSCA node '${name}' has no type`, 'ERR_TOSCA');
    for (const key of ['interfaces', 'artifacts', 'attributes']) {
      if (t[key] !== undefined)
        throw badRequest(`TOSCA node '${name}': '${key}' is not supported`, 'ERR_TOSCA_UNSUPPORTED');
    }
    const capabilities: Record<string, Obj> = {};
    for (const [cap, value] of Object.entries(isObj(t.capabilities) ? t.capabilities : {})) {
      capabilities[cap] = isObj(value) && isObj(value.properties) ? value.properties : {};
    }
    return {
      name,
      type: t.type,
      base: resolveBase(t.type, nodeTypes, name),
      properties: isObj(t.properties) ? t.properties : {},
      requirements: requirementsOf(t.requirements, name),
      capabilities,
    };
  });
  const model = {
    inputs: objOfObjs(topology.inputs),
    nodes,
    outputs: objOfObjs(topology.outputs),
  };
  checkReferences(model);
  return model;
}

function objOfObjs(value: unknown): Record<string, Obj> {
  const out: Record<string, Obj> = {};
  for (const [name, v] of Object.entries(isObj(value) ? value : {})) out[name] = isObj(v) ? v : {};
  return out;
}

function checkReferences(model: ToscaTemplate): void {
  const names = new Set(model.nodes.map((n) => n.name));
  for (const node of model.nodes) {
    for (const r of node.requirements) {
      if (!names.has(r.node)) {
        throw badRequest(
          `TOSCA node '${node.name}': requirement '${r.name}' names unknown node '${r.node}'`,
          'ERR_TOSCA',
        );
      }
    }
    walkInputs(node.properties, model, `node '${node.name}'`);
    for (const props of Object.values(node.capabilities)) walkInputs(props, model, `node '${node.name}'`);
  }
  for (const [name, output] of Object.entries(model.outputs))
    walkInputs(output.value, model, `output '${name}'`);
}

function walkInputs(value: unknown, model: ToscaTemplate, where: string): void {
  if (Array.isArray(value)) {
    for (const v of value) walkInputs(v, model, where);
    return;
  }
  if (!isObj(value)) return;
  const input = value.get_input;
  if (input !== undefined && (typeof input !== 'string' || model.inputs[input] === undefined)) {
    throw badRequest(`TOSCA ${where}: get_input '${String(input)}' names no declared input`, 'ERR_TOSCA');
  }
  for (const v of Object.values(value)) walkInputs(v, model, where);
}
