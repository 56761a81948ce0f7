// The auth layer's public surface: named re-exports only.
export { identityRoot, loginUrl } from './auth-url.ts';
export { officialServiceType, serviceTypeCandidates } from './catalog/aliases.ts';
export { AmbiguousEndpointError } from './catalog/ambiguous-endpoint-error.ts';
export {
  type CatalogEndpoint,
  EMPTY_CATALOG,
  EndpointInterface,
  makeCatalog,
  type ServiceCatalog,
} from './catalog/model.ts';
export { catalogFromV1Headers, parseV2Catalog, parseV3Catalog, parseV11Catalog } from './catalog/parse.ts';
export {
  describeSelector,
  type EndpointSelector,
  explainSelection,
  type SelectionResult,
  type SelectionStep,
  selectEndpoint,
} from './catalog/select.ts';
export { nearestMatch } from './catalog/suggest.ts';
export {
  AUTH_TYPES,
  authFromConfig,
  type CloudListing,
  type CloudSessionOptions,
  type ConfigSearchOptions,
  type ConnectionSettings,
  cloudsYamlSearchPath,
  deepMerge,
  type FromCloudsYamlOptions,
  fromCloudsYaml,
  fromEnv,
  listClouds,
  type RawCloudConfig,
  secureYamlSearchPath,
  sessionOptionsFromConfig,
  settingsFromEnv,
} from './config/index.ts';
export { createSession, type OpenStackSession, type SessionOptions } from './session.ts';
export type {
  ExistingTransportOption,
  SessionTransport,
  SessionTransportOption,
} from './session-transport.ts';
export type { AuthStrategy } from './strategy.ts';
export { strategyFor } from './strategy-for.ts';
export { type ExternalTokenCache, TokenCache, type TokenCacheOptions } from './token-cache.ts';
export type {
  AuthInfo,
  AuthMethod,
  AuthOptions,
  AuthResult,
  AuthScope,
  AuthVersion,
  DomainRef,
  ForcedTokenAuth,
  IdentityRef,
  ProjectRef,
  TokenScope,
  UserRef,
  V1Auth,
  V2ApiKeyAuth,
  V2PasswordAuth,
  V3AppCredAuth,
  V3OidcAccessTokenAuth,
  V3PasswordAuth,
  V3TokenAuth,
} from './types.ts';
