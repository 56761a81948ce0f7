import { ResourceFailedError } from '../../../../compute/resource-failed-error.ts';

/**
 * A stack operation ended in a `*_FAILED` (or rolled-back) status; `statusReason` is Heat's
 * `stack_status_reason`.
 *
 * @remarks
 * Heat answers 204 to a delete and 201/202 to create and update before doing the work, so success is only
 * known once the stack reaches `*_COMPLETE`; this error is what the waiters throw otherwise.
 *
 * @example
 * ```ts
 * import { StackFailedError } from 'stratus/openstack/orchestration';
 * const error = new StackFailedError('web', 'id', 'DELETE_FAILED', 'Instance is locked');
 * console.log(error.statusReason);
 * ```
 */
export class StackFailedError extends ResourceFailedError {
  /** The stack name. */
  readonly stackName: string;
  /** Heat's `stack_status_reason`. */
  readonly statusReason: string | undefined;

  /**
   * @param stackName - The stack name.
   * @param stackId - The stack UUID.
   * @param status - The final status, e.g. `DELETE_FAILED`.
   * @param statusReason - Heat's `stack_status_reason`.
   */
  constructor(stackName: string, stackId: string, status: string, statusReason: string | undefined) {
    const why = statusReason ? `: ${statusReason}` : '';
    super(`Heat stack ${stackName} (${stackId}) ended ${status}${why}`, {
      resourceId: stackId,
      state: status,
      fault: statusReason,
    });
    this.stackName = stackName;
    this.statusReason = statusReason;
  }
}
