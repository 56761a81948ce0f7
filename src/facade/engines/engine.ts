import type { RunOptions } from '../document/apply.ts';
import type { DeploymentReport } from '../document/report.ts';
import type { DeploymentDocument } from '../document/types.ts';

/**
 * One way of running documents: both engines (`direct`, `stack`) implement it and pass the same tests.
 *
 * @example
 * ```ts
 * import { parseDocument, type DeploymentEngine } from 'stratus/facade';
 * declare const engine: DeploymentEngine;
 * const doc = parseDocument('deployment: d\nresources:\n  net: {kind: network}\n');
 * console.log((await engine.plan(doc)).resources.map((r) => r.action));
 * const report = await engine.apply(doc);
 * if (!report.ok) console.error(report.resources.filter((r) => r.error));
 * ```
 */
export interface DeploymentEngine {
  /** `direct` or `stack`. */
  readonly name: 'direct' | 'stack';
  /**
   * Says what apply would do; sends no request that changes anything.
   * @param document - The parsed document.
   * @param signal - Aborts the reads.
   * @returns The plan.
   */
  plan(document: DeploymentDocument, signal?: AbortSignal): Promise<DeploymentReport>;
  /**
   * Makes the cloud match the document; idempotent, and safe to re-run after a crash.
   * @param document - The parsed document.
   * @param options - Progress callback and abort signal.
   * @returns Per resource `{applied, id, error}` and the outputs.
   */
  apply(document: DeploymentDocument, options?: RunOptions): Promise<DeploymentReport>;
  /**
   * Deletes what the deployment owns, in reverse dependency order; idempotent; adopted resources stay.
   * @param target - The document, or the deployment id.
   * @param options - Progress callback and abort signal.
   * @returns One entry per deleted object.
   */
  destroy(target: DeploymentDocument | string, options?: RunOptions): Promise<DeploymentReport>;
}
