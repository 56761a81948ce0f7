import type { HttpErrorInit } from './http-error.ts';
import { ServerError } from './http-status-errors.ts';

/**
 * The provider has no capacity for the requested size in that place right now (EC2's
 * `InsufficientInstanceCapacity`, `InsufficientHostCapacity`, …).
 *
 * @remarks
 * Not a fault of the request: try another size or zone, or later. Code `ERR_INSUFFICIENT_CAPACITY`.
 */
export class InsufficientCapacityError extends ServerError {
  /**
   * @param init - The exchange that failed.
   */
  constructor(init: HttpErrorInit) {
    super(init, 'ERR_INSUFFICIENT_CAPACITY');
  }
}
