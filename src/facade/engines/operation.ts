import type { RunOptions } from '../document/apply.ts';
import type { DirectProvider, Observed } from '../document/backend.ts';
import { backendOf } from '../document/backend-of.ts';
import { evaluateOutputs } from '../document/outputs.ts';
import type { DeploymentReport } from '../document/report.ts';
import {
  applyStatus,
  type DeploymentStatus,
  destroyStatus,
  type StatusDocument,
  statusDocument,
} from '../document/status.ts';
import type { DeploymentDocument, ResourceSpec } from '../document/types.ts';
import type { DeploymentEngine } from './engine.ts';
import type { StackPort } from './stack/stack-port.ts';
import { stackName } from './stack/wait.ts';

/**
 * A started apply or destroy, as an operation handle carries it: plain JSON, no properties and no secret, enough
 * for any process to poll its status from the cloud.
 */
export interface DeploymentOperation {
  /** `apply` or `destroy`. */
  readonly kind: 'apply' | 'destroy';
  /** The engine that runs it. */
  readonly engine: 'direct' | 'stack';
  /** The resources and outputs to look for. */
  readonly document: StatusDocument;
}

/**
 * Starts an apply or destroy without waiting: the work goes on in this process; {@link operationStatus} polls
 * it from anywhere. If this process dies, the status stays `IN_PROGRESS` until an apply (or destroy) runs again.
 *
 * @param engine - The engine.
 * @param kind - `apply` or `destroy`.
 * @param document - The document.
 * @param options - Progress callback and abort signal.
 * @returns The operation (for the handle) and the report's promise (never rejects; errors are in the report).
 */
export function startOperation(
  engine: DeploymentEngine,
  kind: 'apply' | 'destroy',
  document: DeploymentDocument,
  options: RunOptions = {},
): { readonly operation: DeploymentOperation; readonly done: Promise<DeploymentReport | Error> } {
  const run = kind === 'apply' ? engine.apply(document, options) : engine.destroy(document, options);
  const done = run.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return { operation: { kind, engine: engine.name, document: statusDocument(document) }, done };
}

async function stackStatus(
  operation: DeploymentOperation,
  stacks: StackPort,
  provider: DirectProvider,
  signal?: AbortSignal,
): Promise<DeploymentStatus> {
  const stack = await stacks.findStack(stackName(operation.document.deployment), signal);
  const names = operation.document.resources.filter((r) => r.managed).map((r) => r.name);
  if (operation.kind === 'destroy') {
    if (stack === undefined)
      return {
        state: 'COMPLETE',
        outputs: {},
        topology: Object.fromEntries(names.map((n) => [n, null] as const)),
      };
    if (stack.status === 'DELETE_FAILED')
      return {
        state: 'FAILED',
        description: `stack ${stack.name} is DELETE_FAILED: ${stack.reason ?? ''}`,
        outputs: {},
      };
    return { state: 'IN_PROGRESS', description: `stack ${stack.name} is ${stack.status}` };
  }
  if (stack === undefined || stack.status.endsWith('_IN_PROGRESS'))
    return { state: 'IN_PROGRESS', description: `stack is ${stack?.status ?? 'not created yet'}` };
  if (stack.status.endsWith('_FAILED'))
    return {
      state: 'FAILED',
      description: `stack ${stack.name} is ${stack.status}: ${stack.reason ?? ''}`,
      outputs: {},
    };
  const resources = await stacks.listResources(stack, signal);
  const seen = new Map<string, Observed>();
  for (const resource of operation.document.resources) {
    const physicalId = resources.find((r) => r.name === resource.name)?.physicalId;
    const found = await backendOf(provider.backends, resource.kind).find(
      {
        kind: resource.kind,
        name: resource.name,
        managed: false,
        cloudName: physicalId ?? resource.cloudName,
        id: physicalId ?? resource.id,
        dependsOn: [],
      } as ResourceSpec,
      operation.document.deployment,
      signal,
    );
    if (found !== undefined) seen.set(resource.name, found);
  }
  const topology = Object.fromEntries(
    operation.document.resources.map(
      (r) => [r.name, { id: seen.get(r.name)?.id ?? '', type: `stratus:${r.kind}` }] as const,
    ),
  );
  const outputs = evaluateOutputs(operation.document, seen);
  return { state: 'COMPLETE', outputs, topology };
}

/**
 * The status of a started apply or destroy, read from the cloud only (ownership marks, or the stack).
 *
 * @param operation - The operation from the handle.
 * @param provider - The direct backends.
 * @param stacks - The stack service, for operations of the stack engine.
 * @param signal - Aborts the reads.
 * @returns `IN_PROGRESS`, `COMPLETE` (outputs, topology) or `FAILED` (description).
 */
export function operationStatus(
  operation: DeploymentOperation,
  provider: DirectProvider,
  stacks: StackPort | undefined,
  signal?: AbortSignal,
): Promise<DeploymentStatus> {
  if (operation.engine === 'stack' && stacks !== undefined)
    return stackStatus(operation, stacks, provider, signal);
  if (operation.kind === 'apply') return applyStatus(operation.document, provider, signal);
  const names = operation.document.resources.filter((r) => r.managed).map((r) => r.name);
  return destroyStatus(operation.document.deployment, names, provider, signal);
}
