import { createHash } from 'node:crypto';
import type { HotTemplate } from './hot-types.ts';

/**
 * The tags that mark a stack as the deployment's and record the template it was applied with.
 *
 * @param deployment - The deployment id.
 * @param template - The translated template (its description carries the hash).
 * @returns `stratus-deployment=<id>` and `stratus-template=<hash>`.
 */
export function stackTags(deployment: string, template: Pick<HotTemplate, 'description'>): readonly string[] {
  const hash = template.description.split(' ').at(-1) ?? '';
  return [`stratus-deployment=${deployment}`, `stratus-template=${hash}`];
}

/**
 * Whether a stack was last applied with this template: by its description (Heat returns the template's) or by
 * its tags (for stack services that do not return the description).
 *
 * @param stack - The stack's description and tags.
 * @param template - The translated template.
 * @returns `true` when unchanged.
 */
export function sameTemplate(
  stack: { readonly description: string | undefined; readonly tags: readonly string[] },
  template: Pick<HotTemplate, 'description'>,
): boolean {
  if (stack.description !== undefined) return stack.description === template.description;
  return stack.tags.includes(stackTags('', template)[1] ?? '');
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
