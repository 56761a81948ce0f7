import { DocumentError } from '../document-error.ts';
import { type Fields, readString, rejectUnknown } from '../read.ts';
import type { KindProperties } from '../types.ts';

/**
 * Validates the properties of a `keyPair` resource.
 *
 * @param fields - The raw properties.
 * @param path - Their dotted path.
 * @returns The properties.
 * @throws {@link DocumentError} when the public key is missing or is not an OpenSSH public key line.
 */
export function parseKeyPair(fields: Fields, path: string): KindProperties['keyPair'] {
  rejectUnknown(fields, ['publicKey'], path);
  const publicKey = readString(fields.publicKey, `${path}.publicKey`).trim();
  if (!/^(ssh-|ecdsa-)\S+ \S+/.test(publicKey) || publicKey.includes('PRIVATE KEY')) {
    throw new DocumentError(
      `${path}.publicKey`,
      'expected an OpenSSH public key line such as "ssh-ed25519 AAAA… comment"',
    );
  }
  return { publicKey };
}
