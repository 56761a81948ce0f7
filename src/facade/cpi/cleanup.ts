import { Capability, supports } from '../../compute/index.ts';
import type { FacadeContext } from '../context.ts';
import { FacadeOperationError } from '../failure/facade-error.ts';
import { toFailureCode } from '../failure/to-failure-code.ts';
import type { WaitControl } from '../types.ts';
import { goneCheck, waitFor } from './wait.ts';

const CLEANUP_WAIT_MS = 180_000;

/**
 * Removes a VM and the ports made for it, waiting (bounded) until the VM is gone; never throws.
 *
 * @param ctx - The facade context.
 * @param vmId - The VM, when one was made.
 * @param portIds - The ports made for it.
 * @param control - The abort signal (the wait is bounded separately).
 * @returns The ids that could not be removed.
 */
export async function removeVmParts(
  ctx: FacadeContext,
  vmId: string | undefined,
  portIds: readonly string[],
  control: WaitControl,
): Promise<string[]> {
  const left: string[] = [];
  const d = ctx.driver;
  if (vmId !== undefined) {
    try {
      if ((await d.getNode(vmId, control.signal)) !== undefined) await d.destroyNode(vmId, control.signal);
      const spec = {
        description: `VM ${vmId} to be deleted`,
        resourceId: vmId,
        fetch: (s?: AbortSignal) => d.getNode(vmId, s),
        check: goneCheck((n: { readonly state: string }) => n.state),
        status: (n: { readonly state: string } | undefined) => n?.state ?? 'deleted',
      };
      await waitFor(ctx, spec, { timeoutMs: CLEANUP_WAIT_MS, signal: control.signal });
    } catch {
      left.push(vmId);
    }
  }
  if (portIds.length > 0 && supports(d, Capability.NETWORKING)) {
    for (const portId of portIds) {
      try {
        if ((await d.networking.getPort(portId, control.signal)) !== undefined)
          await d.networking.deletePort(portId, control.signal);
      } catch {
        left.push(portId);
      }
    }
  }
  return left;
}

/**
 * Wraps the error of a failed create once its parts were removed: the failure code comes from the one table,
 * and the error says whether a retry is safe.
 *
 * @param what - What was being created, e.g. `VM web-0`.
 * @param cause - The original error.
 * @param leftBehind - What cleanup could not remove.
 * @returns The error to throw.
 */
export function createFailed(
  what: string,
  cause: unknown,
  leftBehind: readonly string[],
): FacadeOperationError {
  const failure = toFailureCode(cause);
  const cleaned =
    leftBehind.length === 0
      ? 'everything it made was removed, so a retry is safe'
      : `could not remove ${leftBehind.join(', ')}; remove them before retrying`;
  return new FacadeOperationError(
    `Creating ${what} failed: ${failure.description}; ${cleaned}`,
    'ERR_CREATE_FAILED',
    {
      failureCode: failure.failureCode,
      retrySafe: leftBehind.length === 0,
      leftBehind,
      cause,
    },
  );
}
