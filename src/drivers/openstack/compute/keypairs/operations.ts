import { NotFoundError } from '../../../../errors/http-status-errors.ts';
import { KeyPairNotFoundError } from '../../../../errors/key-pair-not-found-error.ts';
import { NotSupportedError } from '../../../../errors/not-supported-error.ts';
import { expectObject } from '../../../../shape/expect.ts';
import { compareMicroversions, type Microversion, parseMicroversion } from '../../microversion.ts';
import { paginate } from '../../pagination.ts';
import { type ComputeClient, overrideMicroversion } from '../client.ts';
import {
  buildCreateKeypairRequest,
  buildDeleteKeypairRequest,
  buildGetKeypairRequest,
  buildListKeypairsRequest,
} from './requests.ts';
import { parseKeypair, parseListedKeypair } from './results.ts';
import type { CreateKeypairOptions, Keypair, ListKeypairsOptions } from './types.ts';

const LAST_GENERATING: Microversion = parseMicroversion('2.91') ?? { major: 2, minor: 91 };

/**
 * Lists key pairs, lazily (paged from 2.35).
 *
 * @param client - The compute client.
 * @param options - Owner and page size.
 * @param signal - Aborts the walk.
 * @returns An async iterable of key pairs.
 */
export function listKeypairs(
  client: ComputeClient,
  options: ListKeypairsOptions = {},
  signal?: AbortSignal,
): AsyncGenerator<Keypair, void, undefined> {
  const first = buildListKeypairsRequest(options, client.microversion);
  return paginate(client.service, first, { itemsKey: 'keypairs', parse: parseListedKeypair }, signal);
}

/**
 * @param client - The compute client.
 * @param name - The key pair name.
 * @param signal - Aborts the request.
 * @returns The key pair.
 * @throws {@link "index"!KeyPairNotFoundError} when there is none by that name.
 */
export async function getKeypair(
  client: ComputeClient,
  name: string,
  signal?: AbortSignal,
): Promise<Keypair> {
  const response = await client.service
    .request(buildGetKeypairRequest(name), signal)
    .catch((error: unknown) => keypairMissing(error, name));
  return parseKeypair(expectObject(response.body, '$').keypair, '$.keypair');
}

/**
 * Turns Nova's 404 for a key pair into the one typed error for a missing key pair.
 *
 * @param error - What the request threw.
 * @param name - The key pair name.
 * @returns Never.
 * @throws {@link "index"!KeyPairNotFoundError} for a 404; the error itself otherwise.
 */
export function keypairMissing(error: unknown, name: string): never {
  if (error instanceof NotFoundError && !(error instanceof KeyPairNotFoundError)) {
    const { status, method, url, service, fault, requestId } = error;
    throw new KeyPairNotFoundError(name, { status, method, url, service, fault, requestId, cause: error });
  }
  throw error;
}

/**
 * Imports a public key, or has Nova generate a key pair when `publicKey` is omitted.
 *
 * @remarks
 * Nova stopped generating keys in microversion 2.92. A create without a public key is therefore sent at
 * `min(negotiated, 2.91)`; a cloud whose minimum is above 2.91 gets a {@link "index"!NotSupportedError} before sending.
 *
 * @param client - The compute client.
 * @param options - Name, public key, type, owner.
 * @param signal - Aborts the request.
 * @returns The key pair, with `privateKey` when Nova generated it.
 * @throws {@link "index"!ConflictError} when the name is taken.
 */
export async function createKeypair(
  client: ComputeClient,
  options: CreateKeypairOptions,
  signal?: AbortSignal,
): Promise<Keypair> {
  let mv = client.microversion;
  if (options.publicKey === undefined && compareMicroversions(mv, LAST_GENERATING) > 0) {
    if (compareMicroversions(client.serverMin, LAST_GENERATING) > 0) {
      throw new NotSupportedError(
        'This Nova no longer generates key pairs (removed in microversion 2.92): pass a public key to import',
      );
    }
    mv = LAST_GENERATING;
  }
  const request = buildCreateKeypairRequest(options, mv);
  const headers = mv === client.microversion ? undefined : overrideMicroversion(mv);
  const response = await client.service.request({ ...request, headers }, signal);
  return parseKeypair(expectObject(response.body, '$').keypair, '$.keypair');
}

/**
 * @param client - The compute client.
 * @param name - The key pair name.
 * @param signal - Aborts the request.
 * @returns Once deleted.
 * @throws {@link "index"!KeyPairNotFoundError} when there is none by that name.
 */
export async function deleteKeypair(
  client: ComputeClient,
  name: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.service
    .request(buildDeleteKeypairRequest(name), signal)
    .catch((error: unknown) => keypairMissing(error, name));
}
