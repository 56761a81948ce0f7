import { Capability, NodeState } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { waitVmRunning } from './create-vm.ts';

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

/**
 * BOSH `reboot_vm`: a soft reboot (hard with `hard: true`), then waits until the VM runs again.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param control - Deadline, signal and `hard`.
 * @returns Once running again.
 * @throws {@link NotFoundError} when the VM does not exist; {@link TimeoutError} at the deadline.
 */
export async function rebootVm(
  ctx: FacadeContext,
  vmId: string,
  control: WaitControl & { readonly hard?: boolean | undefined } = {},
): Promise<void> {
  await ctx.driver.rebootNode(vmId, { hard: control.hard ?? false }, control.signal);
  await waitVmRunning(ctx, vmId, control);
}

/**
 * BOSH `set_vm_metadata`: merges key/value metadata into the VM's (other keys are kept).
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param metadata - The entries.
 * @param signal - Aborts the request.
 * @returns Once set.
 */
export async function setVmMetadata(
  ctx: FacadeContext,
  vmId: string,
  metadata: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<void> {
  await need(ctx.driver, Capability.PROVISIONING, 'setVmMetadata').provisioning.setNodeMetadata(
    vmId,
    metadata,
    signal,
  );
}
