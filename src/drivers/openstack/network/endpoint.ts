import type { HttpResponse } from '../../../transport/types.ts';
import type { ServiceClient, ServiceRequest } from '../service-client.ts';

/**
 * Returns a client whose endpoint is Neutron's `/v2.0` root, whether the catalog lists the bare root
 * (`http://neutron:9696`, the usual case) or an already versioned URL.
 *
 * @param client - The network service from the catalog.
 * @returns A client for paths such as `networks/<id>`.
 */
export function neutronV2(client: ServiceClient): ServiceClient {
  if (/\/v2\.0$/.test(client.endpoint)) return client;
  return Object.freeze({
    serviceType: client.serviceType,
    name: client.name,
    endpoint: `${client.endpoint}/v2.0`,
    request(request: ServiceRequest, signal?: AbortSignal): Promise<HttpResponse> {
      if (/^https?:\/\//i.test(request.path)) return client.request(request, signal);
      return client.request({ ...request, path: `v2.0/${request.path.replace(/^\/+/, '')}` }, signal);
    },
  });
}
