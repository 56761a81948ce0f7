import { ConfigurationError } from '../errors/configuration-error.ts';

/** The longest delay a Node timer can hold. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Checks a duration option.
 *
 * @param value - The value given.
 * @param field - Its name, for the message.
 * @param allowZero - Whether 0 is allowed.
 * @returns The value.
 * @throws {@link ConfigurationError} when it is not a finite number of milliseconds in range.
 */
export function positiveMs(value: number, field: string, allowZero = false): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (allowZero ? value >= 0 : value > 0) &&
    value <= MAX_TIMER_MS;
  if (!ok) {
    throw new ConfigurationError(
      `\`${field}\` must be a number of milliseconds${allowZero ? ' ≥ 0' : ' > 0'} and ≤ ${MAX_TIMER_MS} (got ${String(value)})`,
    );
  }
  return value;
}
