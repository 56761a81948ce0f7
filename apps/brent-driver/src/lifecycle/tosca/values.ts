import { badRequest } from '../../http/api-error.ts';
import { isObj, type ToscaTemplate } from './model.ts';

const REJECTED_FUNCTIONS = [
  'token',
  'get_operation_output',
  'get_artifact',
  'get_nodes_of_type',
  'get_attribute',
];

/**
 * Translates a TOSCA property value to HOT: `get_input` → `get_param`, `get_property` of a node → that
 * property's (translated) value, `concat` → `list_join`. Other functions are refused.
 *
 * @param value - The TOSCA value.
 * @param model - The template (for `get_property`).
 * @param where - Where the value is, for messages.
 * @returns The HOT value.
 * @throws {@link DriverApiError} 400 naming an unsupported function.
 */
export function toHotValue(value: unknown, model: ToscaTemplate, where: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toHotValue(v, model, where));
  if (!isObj(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [fn] = keys as [string];
    const arg = value[fn];
    if (fn === 'get_input') return { get_param: arg };
    if (fn === 'concat' && Array.isArray(arg))
      return { list_join: ['', arg.map((v) => toHotValue(v, model, where))] };
    if (fn === 'get_property') return propertyOf(arg, model, where);
    if (REJECTED_FUNCTIONS.includes(fn)) {
      throw badRequest(`TOSCA ${where}: function '${fn}' is not supported here`, 'ERR_TOSCA_UNSUPPORTED');
    }
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toHotValue(v, model, where)]));
}

function propertyOf(arg: unknown, model: ToscaTemplate, where: string): unknown {
  const [nodeName, property] = Array.isArray(arg) ? (arg as unknown[]) : [];
  const node = model.nodes.find((n) => n.name === nodeName);
  if (node === undefined || typeof property !== 'string' || !(property in node.properties)) {
    throw badRequest(
      `TOSCA ${where}: get_property ${JSON.stringify(arg)} names no node property`,
      'ERR_TOSCA',
    );
  }
  return toHotValue(node.properties[property], model, where);
}

/**
 * HOT parameter type for a TOSCA input type.
 *
 * @param type - The TOSCA type.
 * @returns `string`, `number`, `boolean` or `json`.
 */
export function hotParameterType(type: unknown): string {
  switch (type) {
    case 'integer':
    case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'map':
    case 'list':
      return 'json';
    default:
      return 'string';
  }
}

const UNITS: Readonly<Record<string, number>> = {
  b: 1 / 1e6,
  kb: 1 / 1e3,
  kib: 1024 / 1e6,
  mb: 1,
  mib: 1.048576,
  gb: 1e3,
  gib: 1073.741824,
  tb: 1e6,
  tib: 1099511.627776,
};

/**
 * Reads a TOSCA `scalar-unit.size` (`2 GB`, `512 MiB`) in megabytes.
 *
 * @param value - The value.
 * @param where - Where it is, for messages.
 * @returns Megabytes.
 * @throws {@link DriverApiError} 400 when it is not a size.
 */
export function sizeInMb(value: unknown, where: string): number {
  if (typeof value === 'number') return value;
  const match = typeof value === 'string' ? /^\s*([\d.]+)\s*([a-zA-Z]+)\s*$/.exec(value) : null;
  const factor = match?.[2] === undefined ? undefined : UNITS[match[2].toLowerCase()];
  if (match?.[1] === undefined || factor === undefined) {
    throw badRequest(`TOSCA ${where}: '${String(value)}' is not a size such as '2 GB'`, 'ERR_TOSCA');
  }
  return Number(match[1]) * factor;
}
