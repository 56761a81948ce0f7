import { ConfigurationError } from '../../errors/configuration-error.ts';
import { NotSupportedError } from '../../errors/not-supported-error.ts';

/** An OpenStack API microversion such as `2.93`. */
export interface Microversion {
  /** The major number (2 for compute). */
  readonly major: number;
  /** The minor number. */
  readonly minor: number;
}

const PATTERN = /^(\d+)\.(\d+)$/;

/**
 * Parses `"2.93"`; `undefined` when the text is not a microversion.
 *
 * @param text - The version text.
 * @returns The microversion, or `undefined`.
 * @example
 * ```ts
 * import { parseMicroversion } from 'stratus/openstack';
 * parseMicroversion('2.93'); // { major: 2, minor: 93 }
 * ```
 */
export function parseMicroversion(text: string): Microversion | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  return Object.freeze({ major: Number(match[1]), minor: Number(match[2]) });
}

/**
 * Parses a microversion given in configuration.
 *
 * @param text - The version text, e.g. `2.60`.
 * @param field - The option name, for the message.
 * @returns The microversion.
 * @throws {@link "index"!ConfigurationError} when the text is not `<major>.<minor>`.
 */
export function microversionOption(text: string, field: string): Microversion {
  const parsed = parseMicroversion(text);
  if (!parsed) throw new ConfigurationError(`\`${field}\` must look like "2.60", got "${text}"`);
  return parsed;
}

/**
 * Orders two microversions.
 *
 * @param a - One version.
 * @param b - The other.
 * @returns A negative number when `a < b`, 0 when equal, positive when `a > b`.
 */
export function compareMicroversions(a: Microversion, b: Microversion): number {
  return a.major === b.major ? a.minor - b.minor : a.major - b.major;
}

/**
 * @param version - A microversion.
 * @returns Its text form, e.g. `2.93`.
 */
export function formatMicroversion(version: Microversion): string {
  return `${version.major}.${version.minor}`;
}

/** What the server announced and what the library (or the user) wants. */
export interface NegotiationInput {
  /** The service's human name, for messages. */
  readonly service: string;
  /** The lowest microversion the server accepts. */
  readonly serverMin: Microversion;
  /** The highest microversion the server accepts. */
  readonly serverMax: Microversion;
  /** The highest version this library knows how to speak. */
  readonly libraryMax: Microversion;
  /** The lowest version this library needs. */
  readonly libraryMin: Microversion;
  /** A version the user pinned, used as is when the server accepts it. */
  readonly pinned?: Microversion | undefined;
}

/**
 * Chooses the microversion to send: the pinned one, or the highest both sides speak.
 *
 * @param input - The server's range, the library's range and an optional pin.
 * @returns The version to send on every request of that service.
 * @throws {@link "index"!NotSupportedError} when the ranges do not overlap or the pin is outside the server's range.
 */
export function negotiateMicroversion(input: NegotiationInput): Microversion {
  const range = `${formatMicroversion(input.serverMin)}–${formatMicroversion(input.serverMax)}`;
  if (input.pinned) {
    const p = input.pinned;
    if (compareMicroversions(p, input.serverMin) < 0 || compareMicroversions(p, input.serverMax) > 0) {
      throw new NotSupportedError(
        `${input.service} accepts microversions ${range}; the pinned ${formatMicroversion(p)} is outside it`,
      );
    }
    return p;
  }
  const best =
    compareMicroversions(input.libraryMax, input.serverMax) < 0 ? input.libraryMax : input.serverMax;
  if (compareMicroversions(best, input.libraryMin) < 0 || compareMicroversions(best, input.serverMin) < 0) {
    throw new NotSupportedError(
      `${input.service} accepts microversions ${range}; Stratus needs ${formatMicroversion(input.libraryMin)}–${formatMicroversion(input.libraryMax)}`,
    );
  }
  return best;
}

/**
 * Fails before sending when the negotiated version is too old for a feature.
 *
 * @param current - The negotiated microversion.
 * @param needed - The first version with the feature, e.g. `2.52`.
 * @param feature - What needs it, e.g. `server tags at creation`.
 * @param service - The service's human name.
 * @throws {@link "index"!NotSupportedError} naming the feature, the version it needs and the one in use.
 */
export function requireMicroversion(
  current: Microversion,
  needed: string,
  feature: string,
  service = 'Nova',
): void {
  const want = parseMicroversion(needed);
  if (!want) throw new ConfigurationError(`invalid microversion "${needed}" required for ${feature}`);
  if (compareMicroversions(current, want) < 0) {
    throw new NotSupportedError(
      `${feature} needs ${service} microversion ${needed} or later; this connection uses ${formatMicroversion(current)}`,
    );
  }
}

/**
 * @param current - A microversion.
 * @param version - The text form of another, e.g. `2.47`.
 * @returns Whether `current` is at least `version`.
 */
export function atLeast(current: Microversion, version: string): boolean {
  const other = parseMicroversion(version);
  return other !== undefined && compareMicroversions(current, other) >= 0;
}

/**
 * The headers that select a microversion, in the modern and the legacy Nova form.
 *
 * @param serviceType - The service type for `OpenStack-API-Version`, e.g. `compute`.
 * @param version - The microversion.
 * @returns The headers to send to that service only.
 */
export function microversionHeaders(serviceType: string, version: Microversion): Record<string, string> {
  const text = formatMicroversion(version);
  const headers: Record<string, string> = { 'OpenStack-API-Version': `${serviceType} ${text}` };
  if (serviceType === 'compute') headers['X-OpenStack-Nova-API-Version'] = text;
  return headers;
}
