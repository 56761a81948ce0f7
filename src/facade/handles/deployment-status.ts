import type { DeploymentStatus } from '../document/status.ts';
import type { JsonValue } from '../document/types.ts';
import { FailureCode } from '../failure/failure-code.ts';
import type { OperationStatus, Outputs } from './types.ts';

const CAPACITY = /quota|no valid host|limit exceeded|insufficient/i;

function flat(outputs: Readonly<Record<string, JsonValue>>): Outputs {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(outputs))
    out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  return Object.freeze(out);
}

/**
 * Turns the engines' deployment status into the handle status: flat outputs, and a failure code (a failed
 * apply or destroy is the provider's failure — `INFRASTRUCTURE_ERROR` with its reason — unless the reason says
 * the cloud ran out of room).
 *
 * @param status - The engines' status.
 * @returns The operation status.
 */
export function fromDeploymentStatus(status: DeploymentStatus): OperationStatus {
  switch (status.state) {
    case 'IN_PROGRESS':
      return { state: 'IN_PROGRESS', outputs: {}, topology: {} };
    case 'COMPLETE':
      return { state: 'COMPLETE', outputs: flat(status.outputs), topology: status.topology };
    case 'FAILED': {
      const code = CAPACITY.test(status.description)
        ? FailureCode.INSUFFICIENT_CAPACITY
        : FailureCode.INFRASTRUCTURE_ERROR;
      return {
        state: 'FAILED',
        failureCode: code,
        description: status.description,
        outputs: flat(status.outputs),
        topology: {},
      };
    }
  }
}
