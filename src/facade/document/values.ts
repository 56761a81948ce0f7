import { DocumentError } from './document-error.ts';
import {
  type Fields,
  optionalObject,
  optionalString,
  readObject,
  readString,
  rejectUnknown,
} from './read.ts';
import type { JsonValue, ResourceRef, Target } from './types.ts';

const PARAMETER_TYPES = ['string', 'number', 'boolean'] as const;

function isSingleKey(value: unknown, key: string): value is Fields {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    key in value
  );
}

/**
 * Works out every parameter's value: the one given, else the declared default.
 *
 * @param declared - The document's `parameters` section.
 * @param given - Values from the caller; each must be declared.
 * @returns The value of every declared parameter.
 * @throws {@link DocumentError} for an undeclared or missing value, or one of the wrong type.
 */
export function resolveParameters(
  declared: unknown,
  given: Readonly<Record<string, JsonValue>>,
): Readonly<Record<string, JsonValue>> {
  const section = optionalObject(declared, 'parameters');
  for (const name of Object.keys(given)) {
    if (!(name in section))
      throw new DocumentError(`parameters.${name}`, 'a value was given for an undeclared parameter');
  }
  const values: Record<string, JsonValue> = {};
  for (const [name, raw] of Object.entries(section)) {
    const path = `parameters.${name}`;
    const spec = readObject(raw, path);
    rejectUnknown(spec, ['type', 'default', 'description'], path);
    const type = optionalString(spec.type, `${path}.type`) ?? 'string';
    if (!(PARAMETER_TYPES as readonly string[]).includes(type)) {
      throw new DocumentError(`${path}.type`, `expected one of ${PARAMETER_TYPES.join(', ')}`, type);
    }
    const value = given[name] ?? (spec.default as JsonValue | undefined);
    if (value === undefined) throw new DocumentError(path, 'no value given and no default declared');
    if (typeof value !== type) throw new DocumentError(path, `expected a ${type}`, value);
    values[name] = value;
  }
  return values;
}

/**
 * Replaces every `{param: name}` in a raw document tree by the parameter's value.
 *
 * @param value - Part of the raw document.
 * @param parameters - The resolved parameter values.
 * @param path - The part's dotted path.
 * @returns The same tree with parameters substituted.
 * @throws {@link DocumentError} naming the path of an unknown parameter.
 */
export function substituteParameters(
  value: unknown,
  parameters: Readonly<Record<string, JsonValue>>,
  path: string,
): unknown {
  if (isSingleKey(value, 'param')) {
    const name = readString(value.param, `${path}.param`);
    const found = parameters[name];
    if (found === undefined)
      throw new DocumentError(`${path}.param`, `no parameter named "${name}" is declared`);
    return found;
  }
  if (Array.isArray(value))
    return value.map((item, i) => substituteParameters(item, parameters, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        substituteParameters(item, parameters, `${path}.${key}`),
      ]),
    );
  }
  return value;
}

/**
 * Reads a `{ref: name, attribute?: attr}` object, or returns `undefined` when the value is not one.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The reference, or `undefined`.
 * @throws {@link DocumentError} when it looks like a reference but is malformed.
 */
export function maybeRef(value: unknown, path: string): ResourceRef | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('ref' in value))
    return undefined;
  const fields = value as Fields;
  rejectUnknown(fields, ['ref', 'attribute'], path);
  return {
    ref: readString(fields.ref, `${path}.ref`),
    attribute: optionalString(fields.attribute, `${path}.attribute`),
  };
}

/**
 * Reads a property that names another object: `{ref: name}` for a resource of the document, or a string with
 * the name or id of an existing object.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The target.
 * @throws {@link DocumentError} when it is neither.
 */
export function readTarget(value: unknown, path: string): Target {
  if (typeof value === 'string' && value !== '') return value;
  const ref = maybeRef(value, path);
  if (ref === undefined) throw new DocumentError(path, 'expected a name or id, or {ref: <resource>}', value);
  return ref;
}

/**
 * Reads an optional target.
 *
 * @param value - The value.
 * @param path - Its dotted path.
 * @returns The target, or `undefined` when absent.
 * @throws {@link DocumentError} when it is present and malformed.
 */
export function optionalTarget(value: unknown, path: string): Target | undefined {
  return value === undefined || value === null ? undefined : readTarget(value, path);
}
