import type { CpiCallOptions, CpiContext } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { waitFor } from './wait-for.ts';

/**
 * Attaches a volume to a server and waits for the attachment (BOSH `attach_disk`). Attaching a volume that is
 * already attached to that server returns its device without a second request.
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param diskId - The volume id.
 * @param call - Deadline and signal.
 * @returns The device path the provider reports (e.g. `/dev/vdb`), or `undefined` when it reports none.
 * @throws {@link CpiError} when the attach fails.
 */
export async function attachDisk(
  context: CpiContext,
  vmId: string,
  diskId: string,
  call: CpiCallOptions = {},
): Promise<{ readonly device: string | undefined }> {
  const volumes = context.resources.volumes;
  const attachedTo = (v: Awaited<ReturnType<typeof volumes.get>>) =>
    v?.attachments.find((a) => a.serverId === vmId);
  try {
    const current = await volumes.get(diskId, call.signal);
    const existing = attachedTo(current);
    if (existing !== undefined) return { device: existing.device };
    await volumes.attach(vmId, diskId, call.signal);
    const done = await waitFor(
      context,
      `volume ${diskId} to attach to server ${vmId}`,
      diskId,
      (s) => volumes.get(diskId, s),
      (v) => v?.status === 'in-use' && attachedTo(v) !== undefined,
      call,
    );
    return { device: attachedTo(done)?.device };
  } catch (error) {
    throw new CpiError('attach_disk', error, { retrySafe: true, cleanedUp: [] });
  }
}

/**
 * Detaches a volume from a server and waits until it is available (BOSH `detach_disk`). A volume that is not
 * attached to that server (or is gone) counts as detached.
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param diskId - The volume id.
 * @param call - Deadline and signal.
 * @returns Once detached.
 * @throws {@link CpiError} when the detach fails.
 */
export async function detachDisk(
  context: CpiContext,
  vmId: string,
  diskId: string,
  call: CpiCallOptions = {},
): Promise<void> {
  const volumes = context.resources.volumes;
  try {
    const current = await volumes.get(diskId, call.signal);
    if (current === undefined || !current.attachments.some((a) => a.serverId === vmId)) return;
    await volumes.detach(vmId, diskId, call.signal);
    await waitFor(
      context,
      `volume ${diskId} to detach from server ${vmId}`,
      diskId,
      (s) => volumes.get(diskId, s),
      (v) => v === undefined || !v.attachments.some((a) => a.serverId === vmId),
      call,
    );
  } catch (error) {
    throw new CpiError('detach_disk', error, { retrySafe: true, cleanedUp: [] });
  }
}
