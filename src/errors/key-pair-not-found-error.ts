import type { HttpErrorInit } from './http-error.ts';
import { NotFoundError } from './http-status-errors.ts';

/**
 * The one error for a key pair that does not exist, wherever it is named: getting or deleting it, or booting a
 * server with it (Nova answers that with a 400 "Invalid key_name provided"; Stratus checks and says why).
 *
 * @remarks A {@link NotFoundError} (`instanceof NotFoundError` holds), with its own code and the name.
 * @example
 * ```ts
 * import { KeyPairNotFoundError } from 'stratus';
 * const missing = (error: unknown): boolean => error instanceof KeyPairNotFoundError;
 * ```
 */
export class KeyPairNotFoundError extends NotFoundError {
  /** The key pair name that was not found. */
  readonly keyPairName: string;

  /**
   * @param keyPairName - The name that was not found.
   * @param init - The exchange that showed it (the 404 of the key pair lookup).
   */
  constructor(keyPairName: string, init: HttpErrorInit) {
    super(
      { ...init, fault: init.fault ?? `Key pair ${JSON.stringify(keyPairName)} does not exist` },
      'ERR_KEY_PAIR_NOT_FOUND',
    );
    this.keyPairName = keyPairName;
  }
}
