import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';

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
