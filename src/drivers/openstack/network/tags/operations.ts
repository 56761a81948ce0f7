import type { ServiceClient } from '../../service-client.ts';
import { neutronV2 } from '../endpoint.ts';
import { neutronList, neutronSend } from '../resource.ts';
import {
  buildAddTagRequest,
  buildListTaggedRequest,
  buildListTagsRequest,
  buildReplaceTagsRequest,
} from './requests.ts';
import { parseIdOnly, parseTags } from './results.ts';
import type { TaggableCollection } from './types.ts';

/**
 * Lists the tags of one Neutron resource.
 *
 * @param client - The network service.
 * @param collection - e.g. `networks`.
 * @param id - The resource UUID.
 * @param signal - Aborts the request.
 * @returns The tags.
 * @throws {@link NotFoundError} when the resource does not exist.
 */
export async function listTags(
  client: ServiceClient,
  collection: TaggableCollection,
  id: string,
  signal?: AbortSignal,
): Promise<readonly string[]> {
  const response = await neutronV2(client).request(buildListTagsRequest(collection, id), signal);
  return parseTags(response.body);
}

/**
 * Adds tags to one Neutron resource, one idempotent PUT per tag (existing tags are kept). A tag holding `/`
 * cannot be a path segment (Neutron answers 404), so then the current tags are read and the whole set is put.
 *
 * @param client - The network service.
 * @param collection - e.g. `networks`.
 * @param id - The resource UUID.
 * @param tags - The tags to add.
 * @param signal - Aborts the requests.
 * @returns Once added.
 */
export async function addTags(
  client: ServiceClient,
  collection: TaggableCollection,
  id: string,
  tags: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  if (tags.some((tag) => tag.includes('/'))) {
    const current = await listTags(client, collection, id, signal);
    const all = [...new Set([...current, ...tags])];
    await neutronSend(client, buildReplaceTagsRequest(collection, id, all), signal);
    return;
  }
  for (const tag of tags) await neutronSend(client, buildAddTagRequest(collection, id, tag), signal);
}

/**
 * Lists the ids of the resources of a collection carrying every given tag (Neutron filters).
 *
 * @param client - The network service.
 * @param collection - e.g. `networks`.
 * @param tags - The tags, all required.
 * @param signal - Aborts the walk.
 * @returns The ids.
 */
export async function listTaggedIds(
  client: ServiceClient,
  collection: TaggableCollection,
  tags: readonly string[],
  signal?: AbortSignal,
): Promise<readonly string[]> {
  const key = collection.replaceAll('-', '_');
  const resource = { collection, key, listKey: key, parse: parseIdOnly };
  const ids: string[] = [];
  for await (const id of neutronList(client, resource, buildListTaggedRequest(collection, tags), signal)) {
    ids.push(id);
  }
  return ids;
}
