/**
 * A place where nodes can be created (an OpenStack availability zone) as plain readonly data.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface NodeLocation<TExtra = unknown> {
  /** The provider's identifier (for OpenStack, the zone name). */
  readonly id: string;
  /** The display name. */
  readonly name: string;
  /** ISO country code, when the provider states it. */
  readonly country: string | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}
