import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { FacadeContext } from '../context.ts';
import type { DirectProvider } from '../document/backend.ts';
import { operationStatus } from '../engines/operation.ts';
import type { StackPort } from '../engines/stack/stack-port.ts';
import { cpiStatus } from './cpi-status.ts';
import { decodeHandle } from './decode.ts';
import { fromDeploymentStatus } from './deployment-status.ts';
import type { OperationHandle, OperationStatus } from './types.ts';

/** What polling a deployment handle needs besides the driver: the engines' direct backends and stack port. */
export interface DeploymentPollers {
  /** The direct backends over the driver's capabilities. */
  readonly provider: () => DirectProvider;
  /** The stack port, when the driver has a stack service. */
  readonly stacks: () => StackPort | undefined;
}

/**
 * Polls any operation handle once, from any process: everything needed is in the handle and in the cloud.
 *
 * @param ctx - The facade context (its driver must be for the provider that started the operation).
 * @param deployments - How to reach the engines' views of the cloud.
 * @param handle - The handle a `start…()` call returned.
 * @param signal - Aborts the reads of a deployment status.
 * @returns IN_PROGRESS, COMPLETE or FAILED (with a failure code and description), flat outputs and topology.
 * @throws {@link InvalidHandleError} for a string that is not a handle.
 * @throws {@link ConfigurationError} when the handle belongs to another provider.
 */
export async function status(
  ctx: FacadeContext,
  deployments: DeploymentPollers,
  handle: OperationHandle,
  signal?: AbortSignal,
): Promise<OperationStatus> {
  const payload = decodeHandle(handle);
  if (payload.provider !== ctx.driver.provider) {
    throw new ConfigurationError(
      `This handle was started with the ${payload.provider} provider; poll it with a facade over a ${payload.provider} driver, not ${ctx.driver.provider}`,
    );
  }
  if (payload.kind === 'deployment') {
    const raw = await operationStatus(
      payload.operation,
      deployments.provider(),
      deployments.stacks(),
      signal,
    );
    return fromDeploymentStatus(raw);
  }
  return cpiStatus(ctx, payload);
}
