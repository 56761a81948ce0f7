/**
 * A Nova key pair.
 *
 * @see https://docs.openstack.org/api-ref/compute/#keypairs-keypairs
 */
export interface Keypair {
  /** The name (the key pair's id). */
  readonly name: string;
  /** The public key. */
  readonly publicKey: string;
  /** The fingerprint. */
  readonly fingerprint: string;
  /** `ssh` or `x509` (2.2+). */
  readonly type: string | undefined;
  /** The owner (admin views, and `get`). */
  readonly userId: string | undefined;
  /** When it was created (`get` only). */
  readonly createdAt: string | undefined;
  /**
   * The private key Nova generated; only in the answer to a create without a public key. Hidden from
   * `util.inspect` and `JSON.stringify`.
   */
  readonly privateKey: string | undefined;
}

/** What {@link "drivers/openstack/compute"!createKeypair} needs. */
export interface CreateKeypairOptions {
  /** The key pair name. */
  readonly name: string;
  /** A public key to import; omit to have Nova generate the pair (only up to microversion 2.91). */
  readonly publicKey?: string | undefined;
  /** `ssh` or `x509` (2.2+). */
  readonly type?: 'ssh' | 'x509' | undefined;
  /** Admin only: create it for another user (2.10+). */
  readonly userId?: string | undefined;
}

/** Options of {@link "drivers/openstack/compute"!listKeypairs}. */
export interface ListKeypairsOptions {
  /** Admin only: another user's key pairs (2.10+). */
  readonly userId?: string | undefined;
  /** Page size (2.35+); all pages are walked. */
  readonly pageSize?: number | undefined;
}
