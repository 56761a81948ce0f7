import type { KeyPair } from '../../../compute/models/key-pair.ts';
import { NotFoundError } from '../../../errors/http-status-errors.ts';
import type { QueryClient } from '../client/client.ts';
import { itemsOf, requireText, textOf, type XmlNode } from '../client/xml.ts';

/** EC2's own fields of a key pair. */
export interface Ec2KeyPairExtra {
  /** The key pair id, e.g. `key-0abc…`. */
  readonly keyPairId: string | undefined;
}

function parseKeyPair(item: XmlNode, path: string, privateKey?: string): KeyPair<Ec2KeyPairExtra> {
  return {
    name: requireText(item, 'keyName', path),
    fingerprint: textOf(item, 'keyFingerprint') ?? '',
    publicKey: textOf(item, 'publicKey') ?? '',
    privateKey,
    extra: { keyPairId: textOf(item, 'keyPairId') },
  };
}

/**
 * Lists key pairs (`DescribeKeyPairs`), or the named ones.
 *
 * @param client - The EC2 client.
 * @param names - Only these names. @defaultValue all
 * @param signal - Aborts the request.
 * @returns The key pairs (no private keys).
 */
export async function describeKeyPairs(
  client: QueryClient,
  names: readonly string[] | undefined,
  signal?: AbortSignal,
): Promise<KeyPair<Ec2KeyPairExtra>[]> {
  const answer = await client.call(
    'DescribeKeyPairs',
    { KeyName: names, IncludePublicKey: true },
    { idempotent: true, signal },
  );
  return itemsOf(answer, 'keySet').map((item, i) => parseKeyPair(item, `keySet[${i}]`));
}

/**
 * Fetches one key pair by name.
 *
 * @param client - The EC2 client.
 * @param name - The key pair name.
 * @param signal - Aborts the request.
 * @returns The key pair, or `undefined` when EC2 does not know it.
 */
export async function getKeyPair(
  client: QueryClient,
  name: string,
  signal?: AbortSignal,
): Promise<KeyPair<Ec2KeyPairExtra> | undefined> {
  try {
    return (await describeKeyPairs(client, [name], signal))[0];
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Creates a key pair; EC2 makes the key and returns its private half once (`CreateKeyPair`).
 *
 * @param client - The EC2 client.
 * @param name - The key pair name.
 * @param signal - Aborts the request.
 * @returns The key pair with `privateKey` (PEM); keep it, EC2 will not show it again.
 */
export async function createKeyPair(
  client: QueryClient,
  name: string,
  signal?: AbortSignal,
): Promise<KeyPair<Ec2KeyPairExtra>> {
  const answer = await client.call('CreateKeyPair', { KeyName: name }, { signal });
  return parseKeyPair(
    answer,
    'CreateKeyPairResponse',
    requireText(answer, 'keyMaterial', 'CreateKeyPairResponse'),
  );
}

/**
 * Imports a public key (`ImportKeyPair`; the key is sent base64-encoded as EC2 requires).
 *
 * @param client - The EC2 client.
 * @param name - The key pair name.
 * @param publicKey - An OpenSSH public key line.
 * @param signal - Aborts the request.
 * @returns The key pair.
 */
export async function importKeyPair(
  client: QueryClient,
  name: string,
  publicKey: string,
  signal?: AbortSignal,
): Promise<KeyPair<Ec2KeyPairExtra>> {
  const material = Buffer.from(publicKey.trim()).toString('base64');
  const answer = await client.call(
    'ImportKeyPair',
    { KeyName: name, PublicKeyMaterial: material },
    { signal },
  );
  const pair = parseKeyPair(answer, 'ImportKeyPairResponse');
  return { ...pair, publicKey: pair.publicKey === '' ? publicKey.trim() : pair.publicKey };
}

/**
 * Deletes a key pair (`DeleteKeyPair`; EC2 answers success for an unknown name too).
 *
 * @param client - The EC2 client.
 * @param name - The key pair name.
 * @param signal - Aborts the request.
 * @returns Once EC2 accepted it.
 */
export async function deleteKeyPair(client: QueryClient, name: string, signal?: AbortSignal): Promise<void> {
  await client.call('DeleteKeyPair', { KeyName: name }, { idempotent: true, signal });
}
