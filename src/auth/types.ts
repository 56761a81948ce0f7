import type { ServiceCatalog } from './catalog/model.ts';

/** A Keystone domain, by id or by name. */
export type DomainRef = { readonly id: string } | { readonly name: string };

/** A Keystone user, by id, or by name within a domain. */
export type UserRef = { readonly id: string } | { readonly name: string; readonly domain: DomainRef };

/** A Keystone project, by id, or by name within a domain. */
export type ProjectRef = { readonly id: string } | { readonly name: string; readonly domain: DomainRef };

/**
 * What a v3 token is scoped to. Leave the scope out to let Keystone pick the user's default project.
 *
 * @remarks `{ unscoped: true }` asks explicitly for an unscoped token (its catalog is empty).
 */
export type AuthScope =
  | { readonly project: ProjectRef }
  | { readonly domain: DomainRef }
  | { readonly system: 'all' }
  | { readonly unscoped: true };

/** Keystone v3 password authentication (libcloud `3.x_password`). */
export interface V3PasswordAuth {
  readonly method: '3.x_password';
  /** The Keystone URL, with or without a path and version. */
  readonly authUrl: string;
  /** The user, by id or by name within a domain. */
  readonly user: UserRef;
  /** The password (never logged). */
  readonly password: string;
  /** The scope; omit for the user's default project. */
  readonly scope?: AuthScope | undefined;
}

/** Keystone v3 application credential (libcloud `3.x_appcred`); its scope is fixed by the credential. */
export interface V3AppCredAuth {
  readonly method: '3.x_appcred';
  /** The Keystone URL. */
  readonly authUrl: string;
  /** The credential by id, or by name together with its owner. */
  readonly applicationCredential:
    | { readonly id: string; readonly secret: string }
    | { readonly name: string; readonly secret: string; readonly user: UserRef };
}

/** Keystone v3 token method: exchange (rescope) an existing token. */
export interface V3TokenAuth {
  readonly method: '3.x_token';
  /** The Keystone URL. */
  readonly authUrl: string;
  /** The existing token (never logged). */
  readonly token: string;
  /** The scope of the new token. */
  readonly scope?: AuthScope | undefined;
}

/** Keystone v3 federation with an OpenID Connect access token (libcloud `3.x_oidc_access_token`). */
export interface V3OidcAccessTokenAuth {
  readonly method: '3.x_oidc_access_token';
  /** The Keystone URL. */
  readonly authUrl: string;
  /** The identity provider id registered in Keystone. */
  readonly identityProvider: string;
  /** The federation protocol id. @defaultValue `'openid'` */
  readonly protocol?: string | undefined;
  /** The OIDC access token (never logged). */
  readonly accessToken: string;
  /** The scope to exchange the unscoped federated token for. */
  readonly scope?: AuthScope | undefined;
}

/** Keystone v2.0 password credentials (libcloud `2.0_password`). */
export interface V2PasswordAuth {
  readonly method: '2.0_password';
  /** The Keystone URL. */
  readonly authUrl: string;
  /** The user name. */
  readonly username: string;
  /** The password (never logged). */
  readonly password: string;
  /** The tenant (project), by name (libcloud `ex_tenant_name`) or id. */
  readonly tenant?: { readonly name: string } | { readonly id: string } | undefined;
}

/** Keystone v2.0 Rackspace API key credentials (libcloud `2.0_apikey`; plain `2.0` means this). */
export interface V2ApiKeyAuth {
  readonly method: '2.0_apikey' | '2.0';
  /** The Keystone URL. */
  readonly authUrl: string;
  /** The user name. */
  readonly username: string;
  /** The API key (never logged). */
  readonly apiKey: string;
  /** The tenant, by name or id. */
  readonly tenant?: { readonly name: string } | { readonly id: string } | undefined;
}

/** The legacy v1.0 (`GET /v1.0` with `X-Auth-User`/`X-Auth-Key`) and v1.1 (`POST /v1.1/auth`) logins. */
export interface V1Auth {
  readonly method: '1.0' | '1.1';
  /** The auth URL. */
  readonly authUrl: string;
  /** The user name. */
  readonly username: string;
  /** The API key (never logged). */
  readonly apiKey: string;
}

/**
 * A token you already have, used as is against endpoints you name (libcloud `ex_force_auth_token` with
 * `ex_force_base_url`): no Keystone call is made.
 */
export interface ForcedTokenAuth {
  readonly method: 'forced_token';
  /** The token (never logged). */
  readonly token: string;
  /** The base URL per service type (`{ compute: 'https://nova/v2.1/abc' }`); merged with `endpointOverrides`. */
  readonly endpoints?: Readonly<Record<string, string>> | undefined;
}

/** Every way Stratus can authenticate, discriminated by `method` (libcloud's `ex_force_auth_version` values). */
export type AuthOptions =
  | V3PasswordAuth
  | V3AppCredAuth
  | V3TokenAuth
  | V3OidcAccessTokenAuth
  | V2PasswordAuth
  | V2ApiKeyAuth
  | V1Auth
  | ForcedTokenAuth;

/** The `method` names of {@link AuthOptions}. */
export type AuthMethod = AuthOptions['method'];

/** The identity API version that issued a token. */
export type AuthVersion = '1.0' | '1.1' | '2.0' | '3' | 'none';

/** A named object (user, project, domain) as Keystone reports it. */
export interface IdentityRef {
  /** The id, when reported. */
  readonly id?: string | undefined;
  /** The name, when reported. */
  readonly name?: string | undefined;
  /** The owning domain, when reported. */
  readonly domain?: { readonly id?: string | undefined; readonly name?: string | undefined } | undefined;
}

/** What a token is scoped to, as Keystone reports it. */
export type TokenScope =
  | { readonly kind: 'project'; readonly project: IdentityRef }
  | { readonly kind: 'domain'; readonly domain: IdentityRef }
  | { readonly kind: 'system' }
  | { readonly kind: 'unscoped' }
  /** A v1.0/v1.1 token: bound to the user's account, with no project model. */
  | { readonly kind: 'account' };

/**
 * What an authentication produced, without the token itself (safe to log and to serialise).
 */
export interface AuthInfo {
  /** The auth method used. */
  readonly method: AuthMethod;
  /** The identity API version that issued the token. */
  readonly authVersion: AuthVersion;
  /** When the token expires; `undefined` when the cloud did not say (v1.0, forced tokens). */
  readonly expiresAt: Date | undefined;
  /** When the token was issued, when reported. */
  readonly issuedAt: Date | undefined;
  /** The user. */
  readonly user: IdentityRef;
  /** The scope. */
  readonly scope: TokenScope;
  /** Role names, when reported. */
  readonly roles: readonly string[];
  /** The service catalog that came with the token. */
  readonly catalog: ServiceCatalog;
}

/** A token and what came with it; internal to the auth layer and never logged. */
export interface AuthResult {
  /** The token (secret). */
  readonly token: string;
  /** Everything else. */
  readonly info: AuthInfo;
}
