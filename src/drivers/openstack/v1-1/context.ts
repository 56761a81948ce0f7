import type { OpenStackSession } from '../../../auth/session.ts';
import { objectField, optionalStringField } from '../../../auth/validate-fields.ts';
import { type ComputeClient, connectCompute } from '../compute/client.ts';
import { createServiceClient, type ServiceClient } from '../service-client.ts';

/** What the driver's parts share: one session (one token), and each service client created once. */
export interface DriverContext {
  /** The session every service sends through. */
  readonly session: OpenStackSession;
  /**
   * The compute client: discovered and negotiated on first use, then cached (a failed discovery is retried
   * on the next call).
   *
   * @param signal - Aborts the discovery.
   * @returns The compute client.
   */
  compute(signal?: AbortSignal): Promise<ComputeClient>;
  /**
   * The compute client if discovery has already succeeded, without a promise (the hot paths' shortcut).
   *
   * @returns The cached client, or `undefined` before the first successful {@link DriverContext.compute}.
   */
  computeIfReady(): ComputeClient | undefined;
  /**
   * A client for another service (image, network, block-storage, orchestration…), cached per type and name.
   *
   * @param type - The official service type.
   * @param name - A human name for messages, e.g. `Glance`.
   * @param signal - Aborts waiting for the login.
   * @returns The client.
   */
  service(type: string, name: string, signal?: AbortSignal): Promise<ServiceClient>;
}

/** Compute settings of the driver. */
export interface ComputeSettings {
  /** Pin the compute microversion instead of negotiating. */
  readonly microversion?: string | undefined;
  /** The catalog service name, when a cloud has several compute services. */
  readonly serviceName?: string | undefined;
}

/**
 * Creates the shared context of one driver instance (no module-level cache: two drivers never share state).
 *
 * @param session - The session.
 * @param compute - Compute settings.
 * @returns The context.
 * @throws {@link "index"!ConfigurationError} naming a bad compute setting (they may come from untyped config).
 */
export function createDriverContext(session: OpenStackSession, compute: ComputeSettings = {}): DriverContext {
  const settings = objectField(compute, 'compute', 'pass { microversion?, serviceName? }');
  optionalStringField(settings.microversion, 'compute.microversion', 'pass a microversion such as "2.60"');
  optionalStringField(
    settings.serviceName,
    'compute.serviceName',
    'pass the catalog service name, e.g. nova',
  );
  let computePromise: Promise<ComputeClient> | undefined;
  let ready: ComputeClient | undefined;
  const services = new Map<string, Promise<ServiceClient>>();
  return Object.freeze({
    session,
    compute(signal?: AbortSignal): Promise<ComputeClient> {
      if (computePromise === undefined) {
        const pending = (async () => {
          const endpoint = await session.endpointFor({ type: 'compute', name: compute.serviceName }, signal);
          const client = await connectCompute(
            { send: session.send, endpoint, microversion: compute.microversion },
            signal,
          );
          ready = client;
          return client;
        })();
        pending.catch(() => {
          if (computePromise === pending) computePromise = undefined;
        });
        computePromise = pending;
      }
      return computePromise;
    },
    computeIfReady: (): ComputeClient | undefined => ready,
    service(type: string, name: string, signal?: AbortSignal): Promise<ServiceClient> {
      const key = `${type}\u0000${name}`;
      let client = services.get(key);
      if (client === undefined) {
        client = session
          .endpointFor({ type }, signal)
          .then((endpoint) => createServiceClient({ serviceType: type, name, endpoint, send: session.send }));
        client.catch(() => services.delete(key));
        services.set(key, client);
      }
      return client;
    },
  });
}

/**
 * The one way the driver reaches Nova: the compute client once discovered (no promise on the hot path), or the
 * discovery, abortable by `signal`.
 *
 * @param context - The driver's shared context.
 * @param signal - Aborts the discovery.
 * @returns The compute client, or a promise of it.
 */
export function novaClient(
  context: DriverContext,
  signal: AbortSignal | undefined,
): ComputeClient | Promise<ComputeClient> {
  return context.computeIfReady() ?? context.compute(signal);
}
