import type { DirectProvider, Observed } from './backend.ts';
import { backendOf } from './backend-of.ts';
import { listOwned } from './orphans.ts';
import { evaluateOutputs } from './outputs.ts';
import type { DeploymentDocument, DocumentKind, JsonValue, OutputSpec, ResourceSpec } from './types.ts';

/** Where a started apply or destroy stands, derived from the cloud alone. */
export type DeploymentStatus =
  | { readonly state: 'IN_PROGRESS'; readonly description: string }
  | {
      readonly state: 'COMPLETE';
      readonly outputs: Readonly<Record<string, JsonValue>>;
      readonly topology: Readonly<Record<string, { readonly id: string; readonly type: string } | null>>;
    }
  | {
      readonly state: 'FAILED';
      readonly description: string;
      readonly outputs: Readonly<Record<string, JsonValue>>;
    };

/** One resource as a status poll sees it. */
export interface StatusResource {
  /** The logical name. */
  readonly name: string;
  /** The kind. */
  readonly kind: DocumentKind;
  /** Whether the deployment owns it. */
  readonly managed: boolean;
  /** The cloud name. */
  readonly cloudName: string;
  /** For adopted resources, the id given in the document. */
  readonly id: string | undefined;
}

/** The part of a document a status poll needs (what an operation handle carries): no properties, so no secrets. */
export interface StatusDocument {
  /** The deployment id. */
  readonly deployment: string;
  /** The resources. */
  readonly resources: readonly StatusResource[];
  /** The outputs. */
  readonly outputs: readonly OutputSpec[];
}

/**
 * Strips a document to what a status poll needs.
 *
 * @param document - The document.
 * @returns Its {@link StatusDocument}.
 */
export function statusDocument(document: DeploymentDocument): StatusDocument {
  return {
    deployment: document.deployment,
    resources: document.resources.map((spec) => ({
      name: spec.name,
      kind: spec.kind,
      managed: spec.managed,
      cloudName: spec.cloudName,
      id: spec.managed ? undefined : spec.id,
    })),
    outputs: document.outputs,
  };
}

/** A lookup spec for a status resource (`find` reads only kind, name, cloud name, managed and id). */
function probe(resource: StatusResource): ResourceSpec {
  return { ...resource, dependsOn: [], properties: undefined } as unknown as ResourceSpec;
}

function typeOf(kind: string): string {
  return `stratus:${kind}`;
}

/**
 * The status of an apply started elsewhere: `COMPLETE` once every managed resource exists and is ready,
 * `FAILED` when one is in ERROR, `IN_PROGRESS` otherwise. Reads only.
 *
 * @param document - The document's {@link statusDocument} form.
 * @param provider - The direct backends.
 * @param signal - Aborts the reads.
 * @returns The status with outputs and topology (`{name: {id, type}}`).
 */
export async function applyStatus(
  document: StatusDocument,
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<DeploymentStatus> {
  const seen = new Map<string, Observed>();
  const missing: string[] = [];
  for (const spec of document.resources) {
    const found = await backendOf(provider.backends, spec.kind).find(
      probe(spec),
      document.deployment,
      signal,
    );
    if (found === undefined) missing.push(spec.name);
    else seen.set(spec.name, found);
  }
  const outputs = evaluateOutputs(document, seen);
  const failed = [...seen.entries()].find(([, o]) => o.health === 'failed');
  if (failed !== undefined)
    return {
      state: 'FAILED',
      description: `${failed[0]} (${failed[1].id}) is in ERROR: ${failed[1].reason ?? 'no reason given'}`,
      outputs,
    };
  const pending = [...seen.entries()].filter(([, o]) => o.health === 'pending').map(([name]) => name);
  if (missing.length + pending.length > 0)
    return { state: 'IN_PROGRESS', description: `waiting for ${[...missing, ...pending].join(', ')}` };
  const topology = Object.fromEntries(
    document.resources.map(
      (spec) => [spec.name, { id: seen.get(spec.name)?.id ?? '', type: typeOf(spec.kind) }] as const,
    ),
  );
  return { state: 'COMPLETE', outputs, topology };
}

/**
 * The status of a destroy started elsewhere: `COMPLETE` (every resource `null` in the topology) once nothing
 * carrying the deployment's mark is left, `IN_PROGRESS` otherwise. Reads only.
 *
 * @param deployment - The deployment id.
 * @param names - The logical names to report as removed.
 * @param provider - The direct backends.
 * @param signal - Aborts the reads.
 * @returns The status.
 */
export async function destroyStatus(
  deployment: string,
  names: readonly string[],
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<DeploymentStatus> {
  const left = await listOwned(provider.backends, deployment, signal);
  if (left.length > 0)
    return {
      state: 'IN_PROGRESS',
      description: `${left.length} objects left: ${left.map((o) => o.observed.owner ?? o.observed.id).join(', ')}`,
    };
  return {
    state: 'COMPLETE',
    outputs: {},
    topology: Object.fromEntries(names.map((name) => [name, null] as const)),
  };
}
