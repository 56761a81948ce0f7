import type { FacadeContext } from '../context.ts';
import type { WaitControl } from '../types.ts';
import { waitVmRunning } from './create-vm.ts';

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
