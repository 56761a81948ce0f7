/** The two address lists of a 1.0 server. */
export interface V10Addresses {
  /** Public (Internet-routable) IPv4 and IPv6 addresses. */
  readonly public: readonly string[];
  /** Private (service network) addresses. */
  readonly private: readonly string[];
}

/** The names of the 1.0 address lists. */
export const V10AddressNetwork = {
  PUBLIC: 'public',
  PRIVATE: 'private',
} as const;

/** `public` or `private`. */
export type V10AddressNetwork = (typeof V10AddressNetwork)[keyof typeof V10AddressNetwork];
