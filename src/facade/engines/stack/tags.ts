import { createHash } from 'node:crypto';
import type { HotTemplate } from './hot-types.ts';

/**
 * The tags that mark a stack as the deployment's, with a hash of the template it was applied with (so a second
 * apply can tell "unchanged" from one GET, without sending anything).
 *
 * @param deployment - The deployment id.
 * @param template - The translated template.
 * @returns `stratus-deployment=<id>` and `stratus-template=<16 hex chars>`.
 */
export function stackTags(deployment: string, template: HotTemplate): readonly string[] {
  const hash = createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 16);
  return [`stratus-deployment=${deployment}`, `stratus-template=${hash}`];
}
