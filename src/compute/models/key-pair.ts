/**
 * An SSH key pair known to the provider, as plain readonly data.
 *
 * @remarks
 * `privateKey` is present only in the answer to `createKeyPair`, when the provider generated the key: store it
 * at once, it cannot be fetched again. It is never logged by Stratus.
 *
 * @typeParam TExtra - The driver's provider-specific fields.
 */
export interface KeyPair<TExtra = unknown> {
  /** The key pair name (its identifier). */
  readonly name: string;
  /** The public key fingerprint. */
  readonly fingerprint: string;
  /** The public key in OpenSSH format. */
  readonly publicKey: string;
  /** The generated private key (PEM/OpenSSH), only right after creation. */
  readonly privateKey: string | undefined;
  /** Provider-specific fields. */
  readonly extra: TExtra;
}
