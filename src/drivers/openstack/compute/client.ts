import { NotSupportedError } from '../../../errors/not-supported-error.ts';
import type { Send } from '../../../transport/types.ts';
import {
  formatMicroversion,
  type Microversion,
  microversionHeaders,
  microversionOption,
  negotiateMicroversion,
} from '../microversion.ts';
import { createServiceClient, type ServiceClient } from '../service-client.ts';
import { discoverVersion } from '../version-discovery.ts';

/** The lowest compute microversion Stratus speaks. */
export const COMPUTE_MIN_MICROVERSION = '2.1';
/**
 * The highest compute microversion Stratus speaks (its parsers accept every shape up to it).
 * @remarks Verified live against Nova 26 (Zed, max 2.93); 2.94–2.96 only add fields the parsers ignore or keep.
 */
export const COMPUTE_MAX_MICROVERSION = '2.96';

/**
 * The version a compute client of the legacy `/v2/<project>` API (no microversions) works at: the base 2.x
 * behaviour, with no microversion header sent. Operations that need a later microversion refuse it with
 * {@link "index"!NotSupportedError} before sending.
 */
export const LEGACY_COMPUTE_VERSION: Microversion = Object.freeze({ major: 2, minor: 0 });

/**
 * A Nova endpoint with its negotiated microversion; the microversion header is sent on every request of this
 * client (and only to compute).
 */
export interface ComputeClient {
  /** The bound service (its requests carry the microversion headers). */
  readonly service: ServiceClient;
  /** The negotiated microversion. */
  readonly microversion: Microversion;
  /** The lowest microversion the server accepts. */
  readonly serverMin: Microversion;
  /** The highest microversion the server accepts. */
  readonly serverMax: Microversion;
  /**
   * Whether the endpoint speaks microversions; `false` for the legacy `/v2/<project>` API, where
   * `microversion` is {@link "drivers/openstack/compute"!LEGACY_COMPUTE_VERSION} and no header is sent.
   */
  readonly microversions: boolean;
}

/** What {@link "drivers/openstack/compute"!connectCompute} needs. */
export interface ConnectComputeOptions {
  /** The shared pipeline (authenticated for real use). */
  readonly send: Send;
  /** The compute endpoint from the catalog, e.g. `http://nova:8774/v2.1`. */
  readonly endpoint: string;
  /** Pin a microversion instead of negotiating the highest common one, e.g. `2.60`. */
  readonly microversion?: string | undefined;
}

/**
 * Discovers Nova's microversion range (one anonymous GET of the version document) and binds the endpoint with
 * the negotiated version.
 *
 * @param options - Pipeline, endpoint and an optional pinned microversion.
 * @param signal - Aborts the discovery request.
 * @returns The compute client. Cache it: discovery is meant to happen once per service. An endpoint without
 * microversions (the legacy `/v2/<project>` API) gives a client that sends no microversion header.
 * @throws {@link "index"!NotSupportedError} when the ranges do not overlap, or a microversion is pinned on an endpoint
 * without microversions.
 * @throws {@link "index"!ConfigurationError} when the pinned microversion is malformed.
 * @example
 * ```ts
 * import { connectCompute } from 'stratus/openstack/compute';
 * import type { Send } from 'stratus';
 * declare const send: Send;
 * const compute = await connectCompute({ send, endpoint: 'http://127.0.0.1:8774/v2.1' });
 * ```
 */
export async function connectCompute(
  options: ConnectComputeOptions,
  signal?: AbortSignal,
): Promise<ComputeClient> {
  const pinned =
    options.microversion === undefined ? undefined : microversionOption(options.microversion, 'microversion');
  const bare = createServiceClient({
    serviceType: 'compute',
    name: 'Nova',
    endpoint: options.endpoint,
    send: options.send,
  });
  const version = await discoverVersion(bare, signal);
  if (!version.minMicroversion || !version.maxMicroversion) {
    if (pinned === undefined) return legacyCompute(bare.endpoint, options.send);
    throw new NotSupportedError(
      `Nova at ${bare.endpoint} serves ${version.id || 'an API'} without microversions, so microversion ${options.microversion ?? ''} cannot be pinned; leave \`microversion\` out, or point the catalog (or endpointOverride) at the v2.1 endpoint`,
    );
  }
  const microversion = negotiateMicroversion({
    service: 'Nova',
    serverMin: version.minMicroversion,
    serverMax: version.maxMicroversion,
    libraryMin: microversionOption(COMPUTE_MIN_MICROVERSION, 'COMPUTE_MIN_MICROVERSION'),
    libraryMax: microversionOption(COMPUTE_MAX_MICROVERSION, 'COMPUTE_MAX_MICROVERSION'),
    pinned,
  });
  return fixedCompute(
    bare.endpoint,
    options.send,
    microversion,
    version.minMicroversion,
    version.maxMicroversion,
  );
}

/**
 * Binds a compute endpoint at a known microversion without discovery (tests, or a cached discovery).
 *
 * @param endpoint - The compute endpoint.
 * @param send - The pipeline.
 * @param microversion - The version to send.
 * @param serverMin - The server's lowest version. @defaultValue `microversion`
 * @param serverMax - The server's highest version. @defaultValue `microversion`
 * @returns The compute client.
 */
export function fixedCompute(
  endpoint: string,
  send: Send,
  microversion: Microversion,
  serverMin: Microversion = microversion,
  serverMax: Microversion = microversion,
): ComputeClient {
  const service = createServiceClient({
    serviceType: 'compute',
    name: 'Nova',
    endpoint,
    send,
    headers: microversionHeaders('compute', microversion),
  });
  return Object.freeze({ service, microversion, serverMin, serverMax, microversions: true });
}

/**
 * Binds a legacy compute endpoint (`/v2/<project>`, no microversions): no microversion header is sent, and the
 * client works at {@link "drivers/openstack/compute"!LEGACY_COMPUTE_VERSION}, so operations that need a microversion refuse before sending.
 *
 * @param endpoint - The compute endpoint.
 * @param send - The pipeline.
 * @returns The compute client.
 */
export function legacyCompute(endpoint: string, send: Send): ComputeClient {
  const service = createServiceClient({ serviceType: 'compute', name: 'Nova', endpoint, send });
  const v = LEGACY_COMPUTE_VERSION;
  return Object.freeze({ service, microversion: v, serverMin: v, serverMax: v, microversions: false });
}

/**
 * The headers of one request that must use another microversion than the client's (e.g. key generation,
 * removed in 2.92).
 *
 * @param version - The version for this request.
 * @returns Headers that override the client's.
 */
export function overrideMicroversion(version: Microversion): Readonly<Record<string, string>> {
  return microversionHeaders('compute', version);
}

/**
 * @param client - A compute client.
 * @returns Its negotiated microversion as text, e.g. `2.93`.
 */
export function computeMicroversion(client: ComputeClient): string {
  return formatMicroversion(client.microversion);
}
