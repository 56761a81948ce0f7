import { createHash } from 'node:crypto';
import type { HotTemplate } from './hot-types.ts';

/**
 * The tags that mark a stack as the deployment's.
 *
 * @param deployment - The deployment id.
 * @returns `stratus-deployment=<id>`.
 */
export function stackTags(deployment: string): readonly string[] {
  return [`stratus-deployment=${deployment}`];
}

/**
 * The template's description, which carries a hash of its resources and outputs: a second apply compares it
 * with the stack's description (one GET) to tell "unchanged" without sending anything.
 *
 * @param deployment - The deployment id.
 * @param body - The template's resources and outputs.
 * @returns `stratus deployment <id>, template <16 hex chars>`.
 */
export function describeTemplate(
  deployment: string,
  body: Pick<HotTemplate, 'resources' | 'outputs'>,
): string {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return `stratus deployment ${deployment}, template ${hash}`;
}
