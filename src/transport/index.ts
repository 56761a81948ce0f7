// The transport layer's public surface: named re-exports only.
export { compose } from './compose.ts';
export { createTransport, type Transport } from './create-transport.ts';
export { type Fault, parseFault, requestIdOf } from './fault.ts';
export type { DebugOptions, ProxyOption, RetryOptions, TlsOptions, TransportOptions } from './options.ts';
export {
  collectJsonSecrets,
  collectMarkupSecrets,
  fingerprint,
  hideSecrets,
  isSecretField,
  isSecretHeader,
  type RedactJsonOptions,
  redactHeaders,
  redactJson,
  redactMarkup,
  redactText,
  redactUrl,
  redactUserinfo,
} from './redact.ts';
export type { ResolvedTransportOptions } from './resolve-options.ts';
export { parseRetryAfter } from './retry-after.ts';
export type { RetryPolicy } from './retry-policy.ts';
export type {
  HttpMethod,
  HttpRequest,
  HttpResponse,
  Middleware,
  QueryValue,
  RequestContext,
  ResponseType,
  Send,
} from './types.ts';
export { STRATUS_VERSION } from './version.ts';
