import { type Node, NodeState } from '../../compute/index.ts';
import { OutcomeUnknownError } from '../../errors/outcome-unknown-error.ts';
import type { FacadeContext } from '../context.ts';

/** How many times, and how far apart, a lost create is looked for (about 15 s in all). */
const SETTLE_LOOKS = 6;
const SETTLE_GAP_MS = 3_000;

/**
 * The VMs that carry a name, as the provider lists them now.
 *
 * @param ctx - The facade context.
 * @param name - The exact VM name.
 * @param signal - Aborts the walk.
 * @returns The VMs of that name that are not being deleted.
 */
export async function vmsNamed(ctx: FacadeContext, name: string, signal?: AbortSignal): Promise<Node[]> {
  const found: Node[] = [];
  for await (const node of ctx.driver.listNodes({}, signal)) {
    if (node.name === name && node.state !== NodeState.TERMINATED) found.push(node);
  }
  return found;
}

/**
 * After a create whose answer was lost (the request was sent; the VM may exist): the VMs that request may have
 * made, found by name (looked for over about 15 s, as the provider may still be working on it). The caller adopts one (with `reconcile`) or removes them all (BOSH: a failed create
 * leaves nothing behind).
 *
 * @param ctx - The facade context.
 * @param error - The create's error.
 * @param name - The VM name.
 * @param signal - Aborts the walk.
 * @returns The VMs found, or `[]` when the outcome was known (a plain failure).
 */
export async function madeDespite(
  ctx: FacadeContext,
  error: unknown,
  name: string,
  signal?: AbortSignal,
): Promise<Node[]> {
  if (!(error instanceof OutcomeUnknownError)) return [];
  // A create the provider is still working on may not be listed yet: look a few times before deciding.
  for (let look = 0; look < SETTLE_LOOKS; look++) {
    if (look > 0) await new Promise((resolve) => setTimeout(resolve, SETTLE_GAP_MS));
    if (signal?.aborted === true) return [];
    const found = await vmsNamed(ctx, name, signal).catch(() => []);
    if (found.length > 0) return found;
  }
  return [];
}
