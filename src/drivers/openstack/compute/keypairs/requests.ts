import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type { CreateKeypairOptions, ListKeypairsOptions } from './types.ts';

/**
 * @param options - Owner and page size.
 * @param mv - The negotiated microversion.
 * @returns The first page request of `GET /os-keypairs`.
 */
export function buildListKeypairsRequest(options: ListKeypairsOptions, mv: Microversion): ServiceRequest {
  if (options.userId !== undefined) requireMicroversion(mv, '2.10', "Listing another user's key pairs");
  if (options.pageSize !== undefined) requireMicroversion(mv, '2.35', 'Paging key pairs');
  return {
    method: 'GET',
    path: 'os-keypairs',
    query: { user_id: options.userId, limit: options.pageSize },
    expect: [200],
  };
}

/**
 * @param name - The key pair name.
 * @returns The request for `GET /os-keypairs/{name}`.
 */
export function buildGetKeypairRequest(name: string): ServiceRequest {
  return { method: 'GET', path: `os-keypairs/${segment(name, 'key pair name')}`, expect: [200] };
}

/**
 * @param name - The key pair name.
 * @returns The request for `DELETE /os-keypairs/{name}`.
 */
export function buildDeleteKeypairRequest(name: string): ServiceRequest {
  return { method: 'DELETE', path: `os-keypairs/${segment(name, 'key pair name')}`, expect: [202, 204] };
}

/**
 * @param options - Name, public key (omit to generate), type, owner.
 * @param mv - The microversion this request will be sent with.
 * @returns The request for `POST /os-keypairs` (201 from 2.2, 200 before).
 */
export function buildCreateKeypairRequest(options: CreateKeypairOptions, mv: Microversion): ServiceRequest {
  if (!options.name || options.name.trim() === '') {
    throw new ConfigurationError('`name` is required to create a key pair');
  }
  if (options.type !== undefined) requireMicroversion(mv, '2.2', 'A key pair type');
  if (options.userId !== undefined) requireMicroversion(mv, '2.10', 'Creating a key pair for another user');
  const keypair = {
    name: options.name,
    public_key: options.publicKey,
    type: options.type,
    user_id: options.userId,
  };
  return { method: 'POST', path: 'os-keypairs', json: { keypair }, expect: [200, 201] };
}
