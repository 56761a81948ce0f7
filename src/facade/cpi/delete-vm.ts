import { Capability, type Node, supports } from '../../compute/index.ts';
import type { FacadeContext } from '../context.ts';
import type { DeleteOutcome, WaitControl } from '../types.ts';
import { goneCheck, waitFor } from './wait.ts';

/**
 * Lists the ports made for a VM's static addresses (named `<vm name>-<index>` and bound to it).
 *
 * @param ctx - The facade context.
 * @param vmId - The VM.
 * @param vmName - Its name.
 * @param signal - Aborts the walk.
 * @returns The port ids.
 */
export async function vmOwnedPorts(
  ctx: FacadeContext,
  vmId: string,
  vmName: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const d = ctx.driver;
  if (!supports(d, Capability.NETWORKING)) return [];
  const ids: string[] = [];
  for await (const port of d.networking.listPorts({ deviceId: vmId }, signal)) {
    if (/^\d+$/.test(port.name.slice(vmName.length + 1)) && port.name.startsWith(`${vmName}-`))
      ids.push(port.id);
  }
  return ids;
}

/**
 * Asks for a VM's deletion without waiting; `absent` when it is already gone.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param signal - Aborts the requests.
 * @returns What happened, and the ports to remove once the VM is gone.
 */
export async function requestVmDeletion(
  ctx: FacadeContext,
  vmId: string,
  signal?: AbortSignal,
): Promise<DeleteOutcome & { readonly portIds: readonly string[] }> {
  const node = await ctx.driver.getNode(vmId, signal);
  if (node === undefined) return { outcome: 'absent', id: vmId, portIds: [] };
  const portIds = await vmOwnedPorts(ctx, vmId, node.name, signal);
  await ctx.driver.destroyNode(vmId, signal);
  return { outcome: 'deleted', id: vmId, portIds };
}

/**
 * BOSH `delete_vm`: deletes the VM, waits until it is gone, then removes the ports made for its static
 * addresses. Idempotent: a VM that does not exist counts as done and is reported as `absent`.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM id.
 * @param control - Deadline and signal.
 * @returns `deleted` or `absent`.
 * @throws {@link ResourceFailedError} when the VM goes to error instead; {@link TimeoutError} at the deadline.
 */
export async function deleteVm(
  ctx: FacadeContext,
  vmId: string,
  control: WaitControl = {},
): Promise<DeleteOutcome> {
  const requested = await requestVmDeletion(ctx, vmId, control.signal);
  if (requested.outcome === 'absent') return { outcome: 'absent', id: vmId };
  const d = ctx.driver;
  await waitFor(
    ctx,
    {
      description: `VM ${vmId} to be deleted`,
      resourceId: vmId,
      fetch: (s) => d.getNode(vmId, s),
      check: goneCheck((n: Node) => n.state),
      status: (n) => n?.state ?? 'deleted',
    },
    control,
  );
  if (supports(d, Capability.NETWORKING)) {
    for (const portId of requested.portIds) {
      if ((await d.networking.getPort(portId, control.signal)) !== undefined)
        await d.networking.deletePort(portId, control.signal);
    }
  }
  return { outcome: 'deleted', id: vmId };
}
