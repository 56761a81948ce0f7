import { expectObject, optionalString } from '../../../shape/expect.ts';
import type { HttpResponse } from '../../../transport/types.ts';
import type { NextPage } from '../pagination.ts';
import type { ServiceClient, ServiceRequest } from '../service-client.ts';

/**
 * Returns a client whose endpoint is Glance's `/v2` root, whether the catalog lists the bare root
 * (`http://glance:9292`, the usual case) or an already versioned URL.
 *
 * @param client - The image service from the catalog.
 * @returns A client for paths such as `images/<id>`.
 */
export function glanceV2(client: ServiceClient): ServiceClient {
  if (/\/v2$/.test(client.endpoint)) return client;
  const endpoint = `${client.endpoint}/v2`;
  return Object.freeze({
    serviceType: client.serviceType,
    name: client.name,
    endpoint,
    request(request: ServiceRequest, signal?: AbortSignal): Promise<HttpResponse> {
      if (/^https?:\/\//i.test(request.path)) return client.request(request, signal);
      return client.request({ ...request, path: `v2/${request.path.replace(/^\/+/, '')}` }, signal);
    },
  });
}

/**
 * Glance's next-page rule: the body's `next` is a path from the service root (`/v2/images?marker=…`),
 * which is joined to the endpoint's root so that endpoints with a path prefix (`http://host/image`) keep it.
 *
 * @param response - A page of a Glance collection.
 * @param client - The `/v2` client the page came from.
 * @returns The absolute next URL, or `undefined` on the last page.
 */
export const glanceNext: NextPage = (response: HttpResponse, client: ServiceClient): string | undefined => {
  const next = optionalString(expectObject(response.body, '$').next, '$.next');
  if (next === undefined || next === '') return undefined;
  if (/^https?:\/\//i.test(next)) return next;
  const root = client.endpoint.replace(/\/v2$/, '');
  return `${root}/${next.replace(/^\/+/, '')}`;
};
