import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { FacadeContext } from '../context.ts';
import { cpiStatus } from './cpi-status.ts';
import { decodeHandle } from './decode.ts';
import type { OperationHandle, OperationStatus } from './types.ts';

/**
 * Polls any operation handle once, from any process: everything needed is in the handle and in the cloud.
 *
 * @param ctx - The facade context (its driver must be for the provider that started the operation).
 * @param handle - The handle a `start…()` call returned.
 * @returns IN_PROGRESS, COMPLETE or FAILED (with a failure code and description), flat outputs and topology.
 * @throws {@link InvalidHandleError} for a string that is not a handle.
 * @throws {@link ConfigurationError} when the handle belongs to another provider.
 */
export async function status(ctx: FacadeContext, handle: OperationHandle): Promise<OperationStatus> {
  const payload = decodeHandle(handle);
  if (payload.provider !== ctx.driver.provider) {
    throw new ConfigurationError(
      `This handle was started with the ${payload.provider} provider; poll it with a facade over a ${payload.provider} driver, not ${ctx.driver.provider}`,
    );
  }
  return cpiStatus(ctx, payload);
}
