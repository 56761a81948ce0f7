import { createHash } from 'node:crypto';
import { createSession, type OpenStackSession, TokenCache } from 'stratus';
import { createFacade, type Facade } from 'stratus/facade';
import { createServiceClient, OpenStackNodeDriver, type ServiceClient } from 'stratus/openstack';
import type { DeploymentLocation } from '../api/types.ts';
import { locationToSessionOptions } from './to-session-options.ts';

/** The services the driver calls. */
export type ServiceKind = 'orchestration' | 'network';

const NAMES: Record<ServiceKind, string> = { orchestration: 'Heat', network: 'Neutron' };

interface Entry {
  readonly session: OpenStackSession;
  readonly clients: Map<ServiceKind, Promise<ServiceClient>>;
  facade?: Facade;
}

/**
 * One stratus session per distinct deployment location, all sharing one token cache: a location's user logs
 * in once and every later poll of every request for that location reuses the token until it nears expiry
 * (the original logged in on every poll).
 */
export class SessionPool {
  readonly #entries = new Map<string, Entry>();
  readonly #tokens = new TokenCache();
  readonly #max: number;

  /** @param max - How many locations to keep sessions for. @defaultValue 64 */
  constructor(max = 64) {
    this.#max = max;
  }

  /**
   * A client for one service of a location.
   *
   * @param location - The deployment location.
   * @param kind - Which service.
   * @param signal - Aborts the login.
   * @returns The client.
   * @throws {@link DriverApiError} 400 for a location that cannot be turned into a session.
   */
  client(location: DeploymentLocation, kind: ServiceKind, signal?: AbortSignal): Promise<ServiceClient> {
    const entry = this.#entry(location);
    let client = entry.clients.get(kind);
    if (client === undefined) {
      client = entry.session
        .endpointFor({ type: kind }, signal)
        .then((endpoint) =>
          createServiceClient({ serviceType: kind, name: NAMES[kind], endpoint, send: entry.session.send }),
        );
      client.catch(() => entry.clients.delete(kind));
      entry.clients.set(kind, client);
    }
    return client;
  }

  /**
   * The `stratus/facade` facade over an OpenStack driver of a location (no-Heat mode: deployment documents).
   *
   * @param location - The deployment location.
   * @returns The facade (one per location, sharing the location's session).
   * @throws {@link DriverApiError} 400 for a location that cannot be turned into a session.
   */
  facade(location: DeploymentLocation): Facade {
    const entry = this.#entry(location);
    entry.facade ??= createFacade(new OpenStackNodeDriver({ session: entry.session }), {
      pollIntervalMs: 1_000,
    });
    return entry.facade;
  }

  /** Closes every session. */
  async close(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    await Promise.all(entries.map((e) => e.session.close()));
  }

  #entry(location: DeploymentLocation): Entry {
    const key = createHash('sha256').update(stableJson(location)).digest('hex');
    let entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return entry;
    }
    const options = locationToSessionOptions(location);
    entry = { session: createSession({ ...options, tokenCache: this.#tokens }), clients: new Map() };
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#max) {
      const [oldestKey, oldest] = this.#entries.entries().next().value ?? [];
      if (oldestKey !== undefined) this.#entries.delete(oldestKey);
      void oldest?.session.close();
    }
    return entry;
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
