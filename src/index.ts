// The `stratus` entry point: named re-exports only, no logic. Each area adds lines inside its own section.

// --- errors ---
export {
  AuthenticationError,
  type AuthenticationErrorOptions,
  BadRequestError,
  CloudError,
  type CloudErrorOptions,
  ConfigurationError,
  ConflictError,
  EndpointNotFoundError,
  ForbiddenError,
  HttpError,
  type HttpErrorInit,
  NetworkError,
  NotFoundError,
  NotSupportedError,
  RateLimitError,
  ResponseShapeError,
  ServerError,
  ServiceUnavailableError,
  TimeoutError,
} from './errors/index.ts';

// --- transport ---
export type {
  HttpMethod,
  HttpRequest,
  HttpResponse,
  Middleware,
  QueryValue,
  RequestContext,
  ResponseType,
  Send,
} from './transport/types.ts';
export {
  collectJsonSecrets,
  fingerprint,
  hideSecrets,
  isSecretField,
  isSecretHeader,
  type RedactJsonOptions,
  redactHeaders,
  redactJson,
  redactText,
  redactUrl,
} from './transport/redact.ts';

// --- auth ---

// --- compute ---
