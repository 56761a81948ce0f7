import { NodeState } from '../../compute/index.ts';
import type { FacadeContext } from '../context.ts';

/**
 * BOSH `has_vm`: whether the VM exists (a VM being deleted or terminated does not count).
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param signal - Aborts the request.
 * @returns `true` when it exists.
 */
export async function hasVm(ctx: FacadeContext, vmId: string, signal?: AbortSignal): Promise<boolean> {
  const node = await ctx.driver.getNode(vmId, signal);
  return node !== undefined && node.state !== NodeState.TERMINATED;
}
