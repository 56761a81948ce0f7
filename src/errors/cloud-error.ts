const BRAND: unique symbol = Symbol.for('stratus.error');

/** Options accepted by every Stratus error constructor. */
export interface CloudErrorOptions {
  /** The underlying error, kept for `error.cause` chains. */
  readonly cause?: unknown;
}

/**
 * The base class of every error Stratus throws.
 *
 * @remarks
 * Each subclass has a stable `code` (`ERR_…`) to branch on instead of matching messages. `instanceof` works
 * across duplicate copies of the package because the check uses a global symbol brand.
 *
 * @example
 * ```ts
 * import { CloudError } from 'stratus';
 * try {
 *   await Promise.reject(new Error('boom'));
 * } catch (error) {
 *   if (error instanceof CloudError) console.error(error.code);
 * }
 * ```
 */
export class CloudError extends Error {
  /** A stable machine-readable code such as `ERR_NOT_FOUND`. */
  readonly code: string;

  /**
   * @param message - What went wrong and, where possible, how to fix it.
   * @param code - The stable error code.
   * @param options - The cause, if any.
   */
  constructor(message: string, code = 'ERR_CLOUD', options: CloudErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Brand-aware `instanceof` so that errors from another copy of Stratus are recognised.
   *
   * @param value - Anything.
   * @returns Whether `value` is an instance of this class (by prototype chain or brand and name).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!(BRAND in value)) return false;
    if (this === CloudError) return true;
    let proto: unknown = Object.getPrototypeOf(value);
    while (proto !== null && typeof proto === 'object') {
      const ctor: unknown = (proto as { constructor?: unknown }).constructor;
      if (typeof ctor === 'function' && ctor.name === this.name) return true;
      proto = Object.getPrototypeOf(proto);
    }
    return false;
  }
}
