import type { QueryValue } from '../../../transport/types.ts';
import {
  buildCollectionListRequest,
  DEFAULT_PAGE_SIZE,
  fetchOne,
  listCollection,
  type ResourceDescriptor,
} from '../resource.ts';
import type { ServiceClient, ServiceRequest } from '../service-client.ts';
import { neutronV2 } from './endpoint.ts';

/** The default page size for Neutron lists. */
export const DEFAULT_NETWORK_PAGE_SIZE: number = DEFAULT_PAGE_SIZE;

/** How one Neutron resource is listed and parsed (the shared collection descriptor). */
export type NeutronResource<T> = ResourceDescriptor<T>;

/**
 * Builds the first page of `GET /v2.0/<collection>` with an explicit page size; `undefined` filters are dropped.
 *
 * @param collection - e.g. `ports`.
 * @param filters - Neutron filters (arrays repeat the key: `id=a&id=b` matches either).
 * @param pageSize - Items per page.
 * @returns The request.
 */
export function buildNeutronListRequest(
  collection: string,
  filters: Readonly<Record<string, QueryValue>>,
  pageSize: number | undefined,
): ServiceRequest {
  return buildCollectionListRequest(collection, filters, pageSize);
}

/**
 * Builds `GET /v2.0/<collection>/<id>`.
 *
 * @param collection - e.g. `ports`.
 * @param id - The resource UUID.
 * @returns The request.
 */
export function buildNeutronGetRequest(collection: string, id: string): ServiceRequest {
  return { method: 'GET', path: `${collection}/${encodeURIComponent(id)}`, expect: [200] };
}

/**
 * Builds `POST /v2.0/<collection>` with `{ <key>: body }`.
 *
 * @param resource - Collection and key.
 * @param body - The resource's fields in wire form.
 * @returns The request.
 */
export function buildNeutronCreateRequest(
  resource: Pick<NeutronResource<unknown>, 'collection' | 'key'>,
  body: Readonly<Record<string, unknown>>,
): ServiceRequest {
  return { method: 'POST', path: resource.collection, json: { [resource.key]: body }, expect: [201] };
}

/**
 * Builds `PUT /v2.0/<collection>/<id>` with `{ <key>: body }`.
 *
 * @param resource - Collection and key.
 * @param id - The resource UUID.
 * @param body - The fields to change in wire form.
 * @returns The request.
 */
export function buildNeutronUpdateRequest(
  resource: Pick<NeutronResource<unknown>, 'collection' | 'key'>,
  id: string,
  body: Readonly<Record<string, unknown>>,
): ServiceRequest {
  const path = `${resource.collection}/${encodeURIComponent(id)}`;
  return { method: 'PUT', path, json: { [resource.key]: body }, expect: [200] };
}

/**
 * Builds `DELETE /v2.0/<collection>/<id>`.
 *
 * @param collection - e.g. `ports`.
 * @param id - The resource UUID.
 * @returns The request.
 */
export function buildNeutronDeleteRequest(collection: string, id: string): ServiceRequest {
  return { method: 'DELETE', path: `${collection}/${encodeURIComponent(id)}`, expect: [204] };
}

/**
 * Walks a Neutron collection lazily through `<collection>_links`.
 *
 * @param client - The network service.
 * @param resource - Collection, key and parser.
 * @param request - The first page.
 * @param signal - Aborts the walk.
 * @returns The parsed items.
 */
export function neutronList<T>(
  client: ServiceClient,
  resource: NeutronResource<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): AsyncIterable<T> {
  return listCollection(neutronV2(client), resource, request, signal);
}

/**
 * Sends a request that answers `{ <key>: {...} }` and parses the item.
 *
 * @param client - The network service.
 * @param resource - Key and parser.
 * @param request - A get, create or update request.
 * @param signal - Aborts the request.
 * @returns The parsed item.
 */
export async function neutronOne<T>(
  client: ServiceClient,
  resource: NeutronResource<T>,
  request: ServiceRequest,
  signal?: AbortSignal,
): Promise<T> {
  return fetchOne(neutronV2(client), resource, request, signal);
}

/**
 * Sends a request whose answer has no body worth reading (deletes, 204s).
 *
 * @param client - The network service.
 * @param request - The request.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export async function neutronSend(
  client: ServiceClient,
  request: ServiceRequest,
  signal?: AbortSignal,
): Promise<void> {
  await neutronV2(client).request(request, signal);
}

/**
 * Drops `undefined` values so that only the fields a caller set are sent.
 *
 * @param fields - Wire fields, some undefined.
 * @returns A new object without the undefined ones.
 */
export function defined(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
