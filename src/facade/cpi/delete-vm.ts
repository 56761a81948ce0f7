import type { CpiCallOptions, CpiContext, DeleteOutcome } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { waitFor } from './wait-for.ts';

/**
 * Deletes a server and waits until it is gone (BOSH `delete_vm`). An absent server counts as done.
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param call - Deadline and signal.
 * @returns Whether it was deleted now or was already absent.
 * @throws {@link CpiError} when the delete fails (the server went to ERROR, or the deadline passed).
 */
export async function deleteVm(
  context: CpiContext,
  vmId: string,
  call: CpiCallOptions = {},
): Promise<DeleteOutcome> {
  const servers = context.resources.servers;
  try {
    if ((await servers.get(vmId, call.signal)) === undefined) return { id: vmId, deleted: false };
    await servers.delete(vmId, call.signal);
    await waitFor(
      context,
      `server ${vmId} to be deleted`,
      vmId,
      (s) => servers.get(vmId, s),
      (s) => s === undefined,
      call,
    );
    return { id: vmId, deleted: true };
  } catch (error) {
    throw new CpiError('delete_vm', error, { retrySafe: true, cleanedUp: [] });
  }
}

/**
 * Whether a server exists (BOSH `has_vm`); a server being deleted counts as absent.
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param signal - Aborts the request.
 * @returns `true` when it exists.
 */
export async function hasVm(context: CpiContext, vmId: string, signal?: AbortSignal): Promise<boolean> {
  const server = await context.resources.servers.get(vmId, signal);
  return server !== undefined && server.status !== 'deleted' && server.status !== 'soft_deleted';
}
