import { type Node, NodeState } from '../../compute/index.ts';
import { AmbiguousResourceError } from '../../errors/ambiguous-resource-error.ts';
import { OutcomeUnknownError } from '../../errors/outcome-unknown-error.ts';
import type { FacadeContext } from '../context.ts';

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
 * With `reconcile`, the VM of that name that already exists (a retry after an unknown outcome adopts it).
 *
 * @param ctx - The facade context.
 * @param name - The VM name.
 * @param signal - Aborts the walk.
 * @returns The VM to adopt, or `undefined` when there is none.
 * @throws {@link AmbiguousResourceError} when several VMs carry the name (the facade will not guess).
 */
export async function existingVm(
  ctx: FacadeContext,
  name: string,
  signal?: AbortSignal,
): Promise<Node | undefined> {
  const found = await vmsNamed(ctx, name, signal);
  if (found.length > 1)
    throw new AmbiguousResourceError(
      'node',
      name,
      found.map((n) => ({ id: n.id, name: n.name })),
    );
  return found[0];
}

/**
 * After a create whose answer was lost (the request was sent; the VM may exist): the VMs that request may have
 * made, found by name. The caller adopts one (with `reconcile`) or removes them all (BOSH: a failed create
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
  try {
    return await vmsNamed(ctx, name, signal);
  } catch {
    return [];
  }
}
