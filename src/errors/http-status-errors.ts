import { HttpError, type HttpErrorInit } from './http-error.ts';

/** 400: the request was malformed or a value was invalid. */
export class BadRequestError extends HttpError {
  /** @param init - The exchange that failed. */
  constructor(init: HttpErrorInit) {
    super(init, 'ERR_BAD_REQUEST');
  }
}

/** 403: the credentials are valid but not allowed to do this (policy or scope). */
export class ForbiddenError extends HttpError {
  /** @param init - The exchange that failed. */
  constructor(init: HttpErrorInit) {
    super(init, 'ERR_FORBIDDEN');
  }
}

/** 404: the resource does not exist (or is not visible to this project). */
export class NotFoundError extends HttpError {
  /**
   * @param init - The exchange that failed.
   * @param code - The stable code; subclasses naming the missing resource pass their own.
   */
  constructor(init: HttpErrorInit, code = 'ERR_NOT_FOUND') {
    super(init, code);
  }
}

/** 409: the resource is in a state that does not allow this (locked, in use, task in progress). */
export class ConflictError extends HttpError {
  /** @param init - The exchange that failed. */
  constructor(init: HttpErrorInit) {
    super(init, 'ERR_CONFLICT');
  }
}

/** 413 or 429: a rate limit or quota was hit; `retryAfterMs` comes from `Retry-After` when sent. */
export class RateLimitError extends HttpError {
  /**
   * @param init - The exchange that failed.
   * @param retryAfterMs - The parsed `Retry-After`, if any (overrides `init.retryAfterMs`).
   */
  constructor(init: HttpErrorInit, retryAfterMs?: number) {
    super(retryAfterMs === undefined ? init : { ...init, retryAfterMs }, 'ERR_RATE_LIMIT');
  }
}

/** 5xx other than 503: the service failed. */
export class ServerError extends HttpError {
  /**
   * @param init - The exchange that failed.
   * @param code - The stable error code; {@link ServiceUnavailableError} passes its own.
   */
  constructor(init: HttpErrorInit, code = 'ERR_SERVER') {
    super(init, code);
  }
}

/** 503: the service is down or overloaded. */
export class ServiceUnavailableError extends ServerError {
  /** @param init - The exchange that failed. */
  constructor(init: HttpErrorInit) {
    super(init, 'ERR_SERVICE_UNAVAILABLE');
  }
}
