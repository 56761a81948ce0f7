/** How a 1.0 server reboots. */
export const V10RebootType = {
  /** The guest OS is asked to restart. */
  SOFT: 'SOFT',
  /** The power is cycled. */
  HARD: 'HARD',
} as const;

/** `SOFT` or `HARD`. */
export type V10RebootType = (typeof V10RebootType)[keyof typeof V10RebootType];
