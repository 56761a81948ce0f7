import { describe, expect, it } from 'vitest';
import { retypeEc2Error } from '../../../../src/drivers/ec2/client/errors.ts';
import { AuthenticationError } from '../../../../src/errors/authentication-error.ts';
import { HttpError, type HttpErrorInit } from '../../../../src/errors/http-error.ts';
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../../../src/errors/http-status-errors.ts';
import { InsufficientCapacityError } from '../../../../src/errors/insufficient-capacity-error.ts';
import { parseFault } from '../../../../src/transport/fault.ts';

const base: HttpErrorInit = { status: 400, method: 'POST', url: 'https://ec2.example/', service: 'EC2' };

describe('EC2 error codes', () => {
  it('reads the AWS XML error document: code, message and request id', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>' +
      "<Message>The instance ID 'i-1' does not exist</Message></Error></Errors><RequestID>req-9</RequestID></Response>";
    expect(parseFault(body)).toEqual({
      message: "InvalidInstanceID.NotFound: The instance ID 'i-1' does not exist",
      type: 'InvalidInstanceID.NotFound',
      requestId: 'req-9',
    });
  });

  it.each([
    ['InvalidInstanceID.NotFound', 400, NotFoundError, 'ERR_NOT_FOUND'],
    ['InvalidVolume.NotFound', 400, NotFoundError, 'ERR_NOT_FOUND'],
    ['RequestLimitExceeded', 503, RateLimitError, 'ERR_RATE_LIMIT'],
    ['InsufficientInstanceCapacity', 500, InsufficientCapacityError, 'ERR_INSUFFICIENT_CAPACITY'],
    ['InvalidKeyPair.Duplicate', 400, ConflictError, 'ERR_CONFLICT'],
    ['IncorrectInstanceState', 400, ConflictError, 'ERR_CONFLICT'],
    ['AuthFailure', 401, AuthenticationError, 'ERR_AUTHENTICATION'],
  ])('%s → %s', (faultCode, status, Class, code) => {
    const original = new (status >= 500 ? ServiceUnavailableError : BadRequestError)({
      ...base,
      status,
      faultCode,
    });
    const retyped = retypeEc2Error(original);
    expect(retyped).toBeInstanceOf(Class);
    expect(retyped).toMatchObject({ code });
    if (retyped instanceof HttpError) expect(retyped.faultCode).toBe(faultCode);
  });

  it('leaves unknown codes and non-HTTP errors as they are', () => {
    const unknown = new BadRequestError({ ...base, faultCode: 'InvalidParameterValue' });
    expect(retypeEc2Error(unknown)).toBe(unknown);
    const plain = new Error('x');
    expect(retypeEc2Error(plain)).toBe(plain);
  });
});
