export { type AmbiguousCandidate, AmbiguousResourceError } from './ambiguous-resource-error.ts';
export { AuthenticationError, type AuthenticationErrorOptions } from './authentication-error.ts';
export { CloudError, type CloudErrorOptions } from './cloud-error.ts';
export { ConfigurationError } from './configuration-error.ts';
export { EndpointNotFoundError } from './endpoint-not-found-error.ts';
export { formatHttpMessage, HttpError, type HttpErrorInit } from './http-error.ts';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  ServiceUnavailableError,
} from './http-status-errors.ts';
export { InsufficientCapacityError } from './insufficient-capacity-error.ts';
export { NetworkError } from './network-error.ts';
export { NotSupportedError } from './not-supported-error.ts';
export { OutcomeUnknownError, type OutcomeUnknownInit } from './outcome-unknown-error.ts';
export { ResponseShapeError } from './response-shape-error.ts';
export { ResponseTooLargeError } from './response-too-large-error.ts';
export { errorForStatus } from './status-table.ts';
export { TimeoutError } from './timeout-error.ts';
