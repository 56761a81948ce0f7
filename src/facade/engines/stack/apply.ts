import { CloudError } from '../../../errors/cloud-error.ts';
import { ConflictError } from '../../../errors/http-status-errors.ts';
import type { RunOptions } from '../../document/apply.ts';
import type { DirectProvider } from '../../document/backend.ts';
import type { DeploymentReport } from '../../document/report.ts';
import { PlanAction } from '../../document/report.ts';
import type { DeploymentDocument, JsonValue } from '../../document/types.ts';
import { observeAdopted, observeById, stackReports } from './reports.ts';
import type { StackPort, StackState } from './stack-port.ts';
import { sameTemplate, stackTags } from './tags.ts';
import { type StackTranslation, translateToHot } from './template.ts';
import { stackName, waitForStack } from './wait.ts';

/** A stack operation ended in `*_FAILED`: carries the provider's reason. */
export class StackOperationFailedError extends CloudError {
  /** The stack status, e.g. `DELETE_FAILED`. */
  readonly status: string;

  /**
   * @param stack - The failed stack.
   */
  constructor(stack: StackState) {
    super(
      `stack ${stack.name} is ${stack.status}: ${stack.reason ?? 'the provider gives no reason'}`,
      'ERR_STACK_FAILED',
    );
    this.status = stack.status;
  }
}

async function settled(port: StackPort, name: string, signal?: AbortSignal): Promise<StackState> {
  const stack = await waitForStack(port, name, {}, signal);
  if (stack === undefined)
    throw new CloudError(`stack ${name} disappeared while it was being applied`, 'ERR_STACK_GONE');
  return stack;
}

async function unhealthy(
  port: StackPort,
  provider: DirectProvider,
  document: DeploymentDocument,
  stack: StackState,
  signal?: AbortSignal,
) {
  const resources = await port.listResources(stack, signal);
  const found: string[] = [];
  for (const spec of document.resources) {
    const resource = resources.find((r) => r.name === spec.name);
    if (!spec.managed || resource === undefined || resource.physicalId === '') continue;
    const seen = await observeById(provider, spec, resource.physicalId, signal);
    if (seen === undefined || seen.health === 'failed') found.push(spec.name);
  }
  return found;
}

async function converge(
  ctx: StackContext,
  stack: StackState,
): Promise<{ stack: StackState; action: PlanAction }> {
  const { port, provider, document, translation, name, signal } = ctx;
  const changed = !sameTemplate(stack, translation.template) || stack.status.endsWith('_FAILED');
  const broken =
    document.reconcile && !changed ? await unhealthy(port, provider, document, stack, signal) : [];
  if (!changed && broken.length === 0) return { stack, action: PlanAction.KEEP };
  for (const resource of broken)
    await port.markUnhealthy?.(stack, resource, 'stratus reconcile: deleted or in ERROR', signal);
  await port.updateStack(stack, { template: translation.template, tags: ctx.tags }, signal);
  return {
    stack: await settled(port, name, signal),
    action: broken.length > 0 ? PlanAction.REPLACE : PlanAction.UPDATE,
  };
}

interface StackContext {
  readonly port: StackPort;
  readonly provider: DirectProvider;
  readonly document: DeploymentDocument;
  readonly translation: StackTranslation;
  readonly tags: readonly string[];
  readonly name: string;
  readonly signal: AbortSignal | undefined;
}

/**
 * Applies a document through the provider's stack service: the document becomes one stack named
 * `stratus-<deployment>`, created once (a killed apply re-run finds it by name), updated only when the template
 * hash in its description differs or it failed, and, with `reconcile`, updated after flagging resources that were
 * deleted or went to ERROR behind its back. The stack outputs become the document outputs.
 *
 * @param document - The parsed document.
 * @param port - The stack service.
 * @param provider - The direct backends (to observe adopted resources and, for reconcile, the stack's objects).
 * @param options - Abort signal (progress comes per stack state).
 * @returns The report: per resource `{applied, id, error}` and the outputs.
 */
export async function applyStack(
  document: DeploymentDocument,
  port: StackPort,
  provider: DirectProvider,
  options: RunOptions = {},
): Promise<DeploymentReport> {
  const translation = translateToHot(document);
  const name = stackName(document.deployment);
  const ctx: StackContext = {
    port,
    provider,
    document,
    translation,
    tags: stackTags(document.deployment, translation.template),
    name,
    signal: options.signal,
  };
  let stack = await port.findStack(name, options.signal);
  let action: PlanAction = PlanAction.KEEP;
  if (stack === undefined) {
    try {
      await port.createStack({ name, template: translation.template, tags: ctx.tags }, options.signal);
    } catch (error) {
      // A run killed just after its POST reached Heat: the stack shows under the deterministic name only once
      // Heat has stored it, so this run's look-up missed it and its own POST met 409. It is this deployment's
      // stack: wait for it like any other.
      if (!(error instanceof ConflictError)) throw error;
    }
    action = PlanAction.CREATE;
  }
  if (stack === undefined || stack.status.endsWith('_IN_PROGRESS'))
    stack = await settled(port, name, options.signal);
  if (action === PlanAction.KEEP) ({ stack, action } = await converge(ctx, stack));
  const resources = stackReports(
    document,
    await port.listResources(stack, options.signal),
    translation.owners,
    action,
  );
  const adopted = await Promise.all(
    document.resources
      .filter((spec) => !spec.managed)
      .map((spec) => observeAdopted(provider, document, spec, options.signal)),
  );
  const reports = [...resources, ...adopted];
  for (const report of reports) options.onProgress?.(report);
  const failed = stack.status.endsWith('_FAILED') ? new StackOperationFailedError(stack).message : undefined;
  const outputs: Record<string, JsonValue> = {};
  for (const [key, reader] of Object.entries(translation.outputs))
    outputs[key] = reader.pick((stack.outputs[key] ?? null) as JsonValue);
  const ok = failed === undefined && reports.every((report) => report.error === undefined);
  return {
    deployment: document.deployment,
    engine: 'stack',
    resources: failed === undefined ? reports : reports.map((r) => ({ ...r, error: r.error ?? failed })),
    outputs,
    ok,
  };
}
