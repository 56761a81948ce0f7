import { expectObject, expectString, optionalId, optionalString } from '../../../../shape/expect.ts';
import { hideSecrets } from '../../../../transport/redact.ts';
import type { Keypair } from './types.ts';

/**
 * Parses one key pair: the `keypair` object of a show or create answer.
 *
 * @param raw - The `keypair` object.
 * @param path - Its JSON path.
 * @returns The key pair; a generated `privateKey` is hidden from `util.inspect` and `JSON.stringify`.
 */
export function parseKeypair(raw: unknown, path: string): Keypair {
  const k = expectObject(raw, path);
  const keypair: Keypair = {
    name: expectString(k.name, `${path}.name`),
    publicKey: (optionalString(k.public_key, `${path}.public_key`) ?? '').trim(),
    fingerprint: optionalString(k.fingerprint, `${path}.fingerprint`) ?? '',
    type: optionalString(k.type, `${path}.type`),
    userId: optionalId(k.user_id, `${path}.user_id`),
    createdAt: optionalString(k.created_at, `${path}.created_at`),
    privateKey: optionalString(k.private_key, `${path}.private_key`),
  };
  return Object.freeze(hideSecrets(keypair, ['privateKey']));
}

/**
 * Parses one element of the list answer, which wraps each key pair: `{ keypair: {...} }`.
 *
 * @param raw - One element of `keypairs`.
 * @param path - Its JSON path.
 * @returns The key pair.
 */
export function parseListedKeypair(raw: unknown, path: string): Keypair {
  return parseKeypair(expectObject(raw, path).keypair, `${path}.keypair`);
}
