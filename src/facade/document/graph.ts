import { DocumentError } from './document-error.ts';
import { KIND_SCHEMAS } from './kinds/index.ts';
import type { DeploymentDocument, ResourceRef, ResourceSpec } from './types.ts';

/** The dependency graph of a document. */
export interface DeploymentGraph {
  /** Each resource by logical name. */
  readonly resources: ReadonlyMap<string, ResourceSpec>;
  /** What each resource needs first (logical names). */
  readonly dependencies: ReadonlyMap<string, ReadonlySet<string>>;
  /** What needs each resource (logical names). */
  readonly dependents: ReadonlyMap<string, ReadonlySet<string>>;
  /** A topological order: every resource after everything it depends on. */
  readonly order: readonly string[];
}

/**
 * Finds every `{ref}` inside a value (properties or an output).
 *
 * @param value - Any part of a parsed document.
 * @param path - Its dotted path, reported with each reference.
 * @returns The references with their paths.
 */
export function collectRefs(
  value: unknown,
  path: string,
): { readonly ref: ResourceRef; readonly path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectRefs(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if ('ref' in value && typeof value.ref === 'string') {
    const attribute =
      'attribute' in value && typeof value.attribute === 'string' ? value.attribute : undefined;
    return [{ ref: { ref: value.ref, attribute }, path }];
  }
  return Object.entries(value).flatMap(([key, item]) => collectRefs(item, `${path}.${key}`));
}

function checkRef(resources: ReadonlyMap<string, ResourceSpec>, ref: ResourceRef, path: string): void {
  const target = resources.get(ref.ref);
  if (target === undefined) {
    throw new DocumentError(
      path,
      `refers to "${ref.ref}", which is not a resource of the document (have: ${[...resources.keys()].join(', ')})`,
    );
  }
  const attributes = KIND_SCHEMAS[target.kind].attributes;
  if (ref.attribute !== undefined && !attributes.includes(ref.attribute)) {
    throw new DocumentError(
      `${path}.attribute`,
      `a ${target.kind} has the attributes ${attributes.join(', ')}`,
      ref.attribute,
    );
  }
}

function dependenciesOf(spec: ResourceSpec, resources: ReadonlyMap<string, ResourceSpec>): Set<string> {
  const path = `resources.${spec.name}`;
  const found = new Set<string>();
  const refs = spec.managed ? collectRefs(spec.properties, `${path}.properties`) : [];
  for (const { ref, path: at } of refs) {
    checkRef(resources, ref, at);
    found.add(ref.ref);
  }
  spec.dependsOn.forEach((name, i) => {
    checkRef(resources, { ref: name, attribute: undefined }, `${path}.dependsOn[${i}]`);
    found.add(name);
  });
  if (found.has(spec.name)) throw new DocumentError(path, 'a resource cannot depend on itself');
  return found;
}

function topologicalOrder(dependencies: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: readonly string[]): void => {
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name].join(' -> ');
      throw new DocumentError(`resources.${name}`, `dependency cycle: ${cycle}`);
    }
    state.set(name, 'visiting');
    for (const dep of dependencies.get(name) ?? []) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of dependencies.keys()) visit(name, []);
  return order;
}

function checkCloudNames(resources: readonly ResourceSpec[]): void {
  const seen = new Map<string, string>();
  for (const spec of resources) {
    if (!spec.managed) continue;
    const key = `${spec.kind}/${spec.cloudName}`;
    const other = seen.get(key);
    if (other !== undefined)
      throw new DocumentError(
        `resources.${spec.name}.name`,
        `"${spec.cloudName}" is already the name of ${other}`,
      );
    seen.set(key, spec.name);
  }
}

/**
 * Builds and checks the dependency graph: every reference names a resource and a valid attribute, and there is
 * no cycle.
 *
 * @param document - A document (as {@link parseDocument} builds it).
 * @returns The graph with a topological order.
 * @throws {@link DocumentError} naming the bad reference or the cycle.
 */
export function buildGraph(document: DeploymentDocument): DeploymentGraph {
  const resources = new Map(document.resources.map((spec) => [spec.name, spec] as const));
  checkCloudNames(document.resources);
  const dependencies = new Map(
    document.resources.map((spec) => [spec.name, dependenciesOf(spec, resources)] as const),
  );
  document.outputs.forEach((output) => {
    for (const { ref, path } of collectRefs(output.value, `outputs.${output.name}.value`))
      checkRef(resources, ref, path);
  });
  const dependents = new Map<string, Set<string>>(
    document.resources.map((spec) => [spec.name, new Set<string>()]),
  );
  for (const [name, deps] of dependencies) for (const dep of deps) dependents.get(dep)?.add(name);
  return { resources, dependencies, dependents, order: topologicalOrder(dependencies) };
}
