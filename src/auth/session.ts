import { ConfigurationError } from '../errors/configuration-error.ts';
import { hideSecrets } from '../transport/redact.ts';
import type { Send } from '../transport/types.ts';
import { authMiddleware } from './auth-middleware.ts';
import { serviceTypeCandidates } from './catalog/aliases.ts';
import type { EndpointInterface, ServiceCatalog } from './catalog/model.ts';
import {
  type EndpointSelector,
  explainSelection,
  type SelectionResult,
  selectEndpoint,
} from './catalog/select.ts';
import { resolveTransport, type SessionTransportOption } from './session-transport.ts';
import { strategyFor } from './strategy-for.ts';
import { TokenCache, type TokenCacheOptions } from './token-cache.ts';
import type { AuthInfo, AuthOptions } from './types.ts';
import { validateSessionOptions } from './validate-session.ts';

/** Everything a session needs: how to log in, which endpoints to prefer, and the transport. */
export interface SessionOptions {
  /** How to authenticate (one of the {@link AuthOptions} variants). */
  readonly auth: AuthOptions;
  /** The default region for endpoint selection (libcloud `ex_force_service_region`). */
  readonly region?: string | undefined;
  /** The default interface. @defaultValue `'public'` */
  readonly interface?: EndpointInterface | undefined;
  /**
   * Base URLs per service type that bypass the catalog (libcloud `ex_force_base_url`), e.g.
   * `{ compute: 'https://nova.example/v2.1' }`; aliases match (`volumev3` serves `block-storage`).
   */
  readonly endpointOverrides?: Readonly<Record<string, string>> | undefined;
  /** The transport: options for a new one, or an existing one (which the session does not close). */
  readonly transport?: SessionTransportOption | undefined;
  /** Token reuse settings, or a {@link TokenCache} shared with other sessions. */
  readonly tokenCache?: TokenCacheOptions | TokenCache | undefined;
}

/** An authenticated connection to one cloud: one token, shared by every service. */
export interface OpenStackSession {
  /** The authenticated pipeline: the auth middleware outermost over the transport. */
  readonly send: Send;
  /**
   * Logs in, or returns the cached login.
   *
   * @param signal - Aborts waiting for the login.
   * @returns Expiry, user, scope, roles and catalog; never the token.
   */
  authenticate(signal?: AbortSignal): Promise<AuthInfo>;
  /**
   * Finds the base URL of a service: an override, or the catalog entry picked by type (with aliases), name,
   * region and interface.
   *
   * @param selector - Type and optional name, region and interface (defaults from the session).
   * @param signal - Aborts waiting for the login.
   * @returns The URL.
   */
  endpointFor(selector: EndpointSelector, signal?: AbortSignal): Promise<string>;
  /**
   * Walks the endpoint selection step by step (for `catalog explain`) without throwing on no match.
   *
   * @param selector - As for {@link OpenStackSession.endpointFor}.
   * @param signal - Aborts waiting for the login.
   * @returns The steps and the endpoint or the error.
   */
  explainEndpoint(selector: EndpointSelector, signal?: AbortSignal): Promise<SelectionResult>;
  /**
   * The service catalog of the current token.
   *
   * @param signal - Aborts waiting for the login.
   * @returns The catalog.
   */
  catalog(signal?: AbortSignal): Promise<ServiceCatalog>;
  /**
   * The token itself, for handing to another tool (`stratus token issue --show-secret`). Handle with care.
   *
   * @param signal - Aborts waiting for the login.
   * @returns The current token.
   */
  token(signal?: AbortSignal): Promise<string>;
  /** Closes the transport if the session created it. */
  close(): Promise<void>;
}

/**
 * Creates a session: validates the options, builds the strategy, the token cache and the authenticated
 * pipeline. No request is sent until the first call.
 *
 * @param options - Auth, region, interface, overrides, transport and token cache.
 * @returns The session.
 * @throws {@link ConfigurationError} naming the invalid option.
 *
 * @example
 * ```ts
 * import { createSession } from 'stratus';
 * const session = createSession({
 *   auth: {
 *     method: '3.x_password',
 *     authUrl: 'https://keystone.example:5000/v3',
 *     user: { name: 'demo', domain: { name: 'Default' } },
 *     password: process.env.OS_PASSWORD ?? '',
 *     scope: { project: { name: 'demo', domain: { name: 'Default' } } },
 *   },
 *   region: 'RegionOne',
 * });
 * const novaUrl = await session.endpointFor({ type: 'compute' });
 * await session.close();
 * ```
 */
export function createSession(options: SessionOptions): OpenStackSession {
  validateSessionOptions(options);
  const strategy = strategyFor(options.auth);
  const cache =
    options.tokenCache instanceof TokenCache ? options.tokenCache : new TokenCache(options.tokenCache);
  const transport = resolveTransport(options.transport);
  const overrides = collectOverrides(options);
  const getToken = (signal?: AbortSignal) => cache.get(strategy, transport.send, signal);
  const invalidate = async (token: string): Promise<boolean> => {
    if (strategy.method === 'forced_token') return false;
    await cache.invalidate(strategy.cacheKey, token);
    return true;
  };
  const validToken = () => cache.validToken(strategy.cacheKey);
  const send = transport.wrap(authMiddleware({ getToken, invalidate, validToken }));
  const withDefaults = (selector: EndpointSelector): EndpointSelector => ({
    ...selector,
    region: selector.region ?? options.region,
    interface: selector.interface ?? options.interface ?? 'public',
  });
  const session: OpenStackSession = {
    send,
    authenticate: async (signal) => (await getToken(signal)).info,
    catalog: async (signal) => (await getToken(signal)).info.catalog,
    token: async (signal) => (await getToken(signal)).token,
    async endpointFor(selector, signal) {
      const override = findOverride(overrides, selector.type);
      if (override !== undefined) return override;
      if (strategy.method === 'forced_token') throw missingForcedUrl(selector.type);
      return selectEndpoint((await getToken(signal)).info.catalog, withDefaults(selector)).url;
    },
    async explainEndpoint(selector, signal) {
      const override = findOverride(overrides, selector.type);
      if (override !== undefined) return overrideResult(withDefaults(selector), override);
      if (strategy.method === 'forced_token')
        return { ok: false, error: missingForcedUrl(selector.type), steps: [] };
      return explainSelection((await getToken(signal)).info.catalog, withDefaults(selector));
    },
    close: () => transport.close(),
  };
  return Object.freeze(hideSecrets(session));
}

function collectOverrides(options: SessionOptions): ReadonlyMap<string, string> {
  const forced = options.auth.method === 'forced_token' ? options.auth.endpoints : undefined;
  const out = new Map<string, string>();
  for (const [type, url] of Object.entries({ ...forced, ...options.endpointOverrides })) {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
      throw new ConfigurationError(
        `\`endpointOverrides.${type}\` must be an absolute http(s) URL, got ${JSON.stringify(url)}`,
      );
    }
    out.set(type, url);
  }
  return out;
}

function findOverride(overrides: ReadonlyMap<string, string>, type: string): string | undefined {
  for (const candidate of serviceTypeCandidates(type)) {
    const url = overrides.get(candidate);
    if (url !== undefined) return url;
  }
  return undefined;
}

function overrideResult(selector: EndpointSelector, url: string): SelectionResult {
  const endpoint = {
    type: selector.type,
    name: selector.name,
    region: selector.region,
    interface: selector.interface ?? 'public',
    url,
  };
  const detail = `endpoint override for \`${selector.type}\` (catalog not consulted): ${url}`;
  return {
    ok: true,
    endpoint,
    steps: [{ step: 'override', wanted: selector.type, before: 0, after: 1, detail }],
  };
}

function missingForcedUrl(type: string): ConfigurationError {
  return new ConfigurationError(
    `A forced token has no service catalog, so the base URL for \`${type}\` must be given: set ` +
      `\`auth.endpoints.${type}\` or \`endpointOverrides.${type}\` (libcloud \`ex_force_base_url\`)`,
  );
}
