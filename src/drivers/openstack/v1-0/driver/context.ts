import type { OpenStackSession } from '../../../../auth/session.ts';
import { createServiceClient, type ServiceClient } from '../../service-client.ts';
import { createV10ComputeClient, type V10Format } from '../wire/client.ts';

/** Compute settings of the 1.0 driver. */
export interface V10ComputeSettings {
  /** The media type to speak. @defaultValue `'json'` */
  readonly format?: V10Format | undefined;
  /**
   * The catalog service name, when the catalog has several compute services (a Rackspace v2.0 catalog lists
   * `cloudServers`, the 1.0 API, beside `cloudServersOpenStack`).
   */
  readonly serviceName?: string | undefined;
}

/**
 * Resolves the 1.0 compute client once per driver: the first call logs in (through the session) and picks the
 * compute endpoint (`X-Server-Management-Url` for a 1.0 login, `cloudServers` for 1.1 and 2.0 catalogs).
 *
 * @param session - The session.
 * @param settings - Media type and catalog service name.
 * @returns A function resolving the client; a failed lookup is retried on the next call.
 */
export function lazyV10Client(
  session: OpenStackSession,
  settings: V10ComputeSettings = {},
): (signal?: AbortSignal) => Promise<ServiceClient> {
  const format = settings.format ?? 'json';
  let pending: Promise<ServiceClient> | undefined;
  return (signal?: AbortSignal) => {
    pending ??= session
      .endpointFor({ type: 'compute', name: settings.serviceName }, signal)
      .then((endpoint) =>
        createV10ComputeClient(
          createServiceClient({ serviceType: 'compute', name: 'Compute 1.0', endpoint, send: session.send }),
          { format },
        ),
      );
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}
