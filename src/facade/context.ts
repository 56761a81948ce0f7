import { type Capability, type CapabilityInterfaces, supports } from '../compute/index.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { NotSupportedError } from '../errors/not-supported-error.ts';
import type { FacadeDriver, FacadeOptions, ResolvedFacadeOptions } from './types.ts';

/** What every facade operation receives: the driver and the resolved options. */
export interface FacadeContext {
  /** The built driver. */
  readonly driver: FacadeDriver;
  /** The resolved options. */
  readonly options: ResolvedFacadeOptions;
}

function nonNegative(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0)
    throw new ConfigurationError(`\`${field}\` must be a non-negative number of milliseconds, got ${value}`);
  return value;
}

/**
 * Normalises facade options once.
 *
 * @param options - The caller's options.
 * @returns The frozen resolved options.
 * @throws {@link ConfigurationError} for a negative or non-numeric duration.
 */
export function resolveFacadeOptions(options: FacadeOptions = {}): ResolvedFacadeOptions {
  return Object.freeze({
    timeoutMs: nonNegative(options.timeoutMs, 600_000, 'timeoutMs'),
    pollIntervalMs: nonNegative(options.pollIntervalMs, 1_000, 'pollIntervalMs'),
    maxPollIntervalMs: nonNegative(options.maxPollIntervalMs, 5_000, 'maxPollIntervalMs'),
  });
}

/**
 * Returns the driver narrowed to a capability, or throws naming what is missing.
 *
 * @param driver - The driver.
 * @param capability - The capability an operation needs.
 * @param operation - The operation, for the message.
 * @returns The narrowed driver.
 * @throws {@link NotSupportedError} when the driver does not declare the capability.
 */
export function need<C extends Capability>(
  driver: FacadeDriver,
  capability: C,
  operation: string,
): FacadeDriver & CapabilityInterfaces[C] {
  if (supports(driver, capability)) return driver;
  throw new NotSupportedError(
    `${operation} needs the '${capability}' capability, which the ${driver.name} driver (API ${driver.apiVersion}) does not declare`,
  );
}
