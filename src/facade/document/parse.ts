import { parse as parseYaml } from 'yaml';
import { DocumentError } from './document-error.ts';
import { buildGraph } from './graph.ts';
import { isDocumentKind, KIND_ORDER, KIND_SCHEMAS } from './kinds/index.ts';
import {
  type Fields,
  optionalInteger,
  optionalList,
  optionalObject,
  optionalString,
  readBoolean,
  readObject,
  readString,
  rejectUnknown,
} from './read.ts';
import type { DeploymentDocument, JsonValue, OutputSpec, ResourceSpec } from './types.ts';
import { maybeRef, resolveParameters, substituteParameters } from './values.ts';

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Parameter values; each must be declared under `parameters`. @defaultValue `{}` */
  readonly parameters?: Readonly<Record<string, JsonValue>> | undefined;
}

const DEPLOYMENT_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const LOGICAL_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

function readSource(source: string | object): unknown {
  if (typeof source !== 'string') return source;
  try {
    return parseYaml(source, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DocumentError('(document)', `not valid YAML or JSON: ${message}`, undefined, { cause: error });
  }
}

function parseResource(deployment: string, name: string, raw: unknown): ResourceSpec {
  const path = `resources.${name}`;
  if (!LOGICAL_NAME.test(name))
    throw new DocumentError(path, 'a resource name starts with a letter and holds letters, digits, - and _');
  const fields = readObject(raw, path);
  rejectUnknown(fields, ['kind', 'managed', 'name', 'id', 'dependsOn', 'properties'], path);
  const kind = fields.kind;
  if (!isDocumentKind(kind))
    throw new DocumentError(`${path}.kind`, `expected one of ${KIND_ORDER.join(', ')}`, kind);
  const managed = readBoolean(fields.managed, `${path}.managed`, true);
  const given = optionalString(fields.name, `${path}.name`);
  const dependsOn = optionalList(fields.dependsOn, `${path}.dependsOn`).map((item, i) =>
    readString(item, `${path}.dependsOn[${i}]`),
  );
  if (!managed) {
    if (fields.properties !== undefined)
      throw new DocumentError(
        `${path}.properties`,
        'an adopted (managed: false) resource is only observed; remove its properties',
      );
    const id = optionalString(fields.id, `${path}.id`);
    if (id === undefined && given === undefined)
      throw new DocumentError(path, 'an adopted (managed: false) resource needs its name or id');
    return { kind, name, managed, cloudName: given ?? id ?? name, id, dependsOn } as ResourceSpec;
  }
  if (fields.id !== undefined)
    throw new DocumentError(`${path}.id`, 'only adopted (managed: false) resources take an id');
  const properties = KIND_SCHEMAS[kind].parse(
    optionalObject(fields.properties, `${path}.properties`),
    `${path}.properties`,
  );
  return {
    kind,
    name,
    managed,
    cloudName: given ?? `${deployment}-${name}`,
    dependsOn,
    properties,
  } as ResourceSpec;
}

function parseOutput(name: string, raw: unknown): OutputSpec {
  const path = `outputs.${name}`;
  const fields = readObject(raw, path);
  rejectUnknown(fields, ['value', 'description'], path);
  if (!('value' in fields))
    throw new DocumentError(`${path}.value`, 'required: {ref: <resource>, attribute: <name>} or a literal');
  const value = maybeRef(fields.value, `${path}.value`) ?? (fields.value as JsonValue);
  return { name, value, description: optionalString(fields.description, `${path}.description`) };
}

function readTop(fields: Fields): { deployment: string; reconcile: boolean; concurrency: number } {
  rejectUnknown(
    fields,
    ['deployment', 'description', 'reconcile', 'concurrency', 'parameters', 'resources', 'outputs'],
    '(document)',
  );
  const deployment = readString(fields.deployment, 'deployment');
  if (!DEPLOYMENT_ID.test(deployment))
    throw new DocumentError(
      'deployment',
      'lower-case letters, digits and -, at most 40, starting with a letter or digit',
      deployment,
    );
  return {
    deployment,
    reconcile: readBoolean(fields.reconcile, 'reconcile', false),
    concurrency: optionalInteger(fields.concurrency, 'concurrency', { min: 1, max: 64 }) ?? 4,
  };
}

/**
 * Parses and validates a deployment document (YAML or JSON text, or an already-parsed object).
 *
 * @param source - The document text, or its parsed form.
 * @param options - Parameter values.
 * @returns The frozen document: parameters substituted, references and dependencies checked.
 * @throws {@link DocumentError} naming the path of the first problem, e.g. `resources.web.properties.flavor`.
 * @example
 * ```ts
 * import { parseDocument } from 'stratus/facade';
 * const doc = parseDocument('deployment: demo\nresources:\n  net: {kind: network}\n');
 * console.log(doc.resources[0]?.cloudName); // demo-net
 * ```
 */
export function parseDocument(
  source: string | object,
  options: ParseDocumentOptions = {},
): DeploymentDocument {
  const top = readObject(readSource(source), '(document)');
  const head = readTop(top);
  const parameters = resolveParameters(top.parameters, options.parameters ?? {});
  const resourcesRaw = readObject(substituteParameters(top.resources, parameters, 'resources'), 'resources');
  const outputsRaw = optionalObject(substituteParameters(top.outputs, parameters, 'outputs'), 'outputs');
  const resources = Object.entries(resourcesRaw).map(([name, raw]) =>
    parseResource(head.deployment, name, raw),
  );
  if (resources.length === 0) throw new DocumentError('resources', 'a document lists at least one resource');
  const document: DeploymentDocument = {
    ...head,
    resources,
    outputs: Object.entries(outputsRaw).map(([name, raw]) => parseOutput(name, raw)),
    parameters,
  };
  buildGraph(document);
  return deepFreeze(document);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
