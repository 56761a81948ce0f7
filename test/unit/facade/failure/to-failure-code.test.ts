import { describe, expect, it } from 'vitest';
import { ResourceFailedError } from '../../../../src/compute/resource-failed-error.ts';
import { AuthenticationError } from '../../../../src/errors/authentication-error.ts';
import { CloudError } from '../../../../src/errors/cloud-error.ts';
import { ConfigurationError } from '../../../../src/errors/configuration-error.ts';
import { NetworkError } from '../../../../src/errors/network-error.ts';
import { errorForStatus } from '../../../../src/errors/status-table.ts';
import { TimeoutError } from '../../../../src/errors/timeout-error.ts';
import { ResourceUnhealthyError } from '../../../../src/facade/document/apply.ts';
import { ReferencedObjectNotFoundError } from '../../../../src/facade/document/resolver.ts';
import { StackOperationFailedError } from '../../../../src/facade/engines/stack/apply.ts';
import { FailureCode } from '../../../../src/facade/failure/failure-code.ts';
import { toFailureCode } from '../../../../src/facade/failure/to-failure-code.ts';

const http = (status: number, fault: string, service = 'Nova') =>
  errorForStatus({ status, method: 'POST', url: 'http://127.0.0.1:8774/v2.1/servers', service, fault });

const stack = (status: string, reason: string) =>
  new StackOperationFailedError({
    id: 's1',
    name: 'st',
    status,
    reason,
    outputs: {},
    tags: [],
    description: undefined,
  });

const observed = (reason: string) => ({
  id: 'v1',
  name: 'vm',
  health: 'failed' as const,
  reason,
  owner: undefined,
  attributes: {},
});

const TABLE: readonly (readonly [string, unknown, FailureCode])[] = [
  [
    'Nova quota (403)',
    http(403, 'Quota exceeded for instances: Requested 1, but already used 1 of 1 instances'),
    FailureCode.INSUFFICIENT_CAPACITY,
  ],
  [
    'Neutron quota (409 OverQuota)',
    http(409, "Quota exceeded for resources: ['port'].", 'Neutron'),
    FailureCode.INSUFFICIENT_CAPACITY,
  ],
  ['413 over limit', http(413, 'OverLimit Retry...'), FailureCode.INSUFFICIENT_CAPACITY],
  ['429 rate limit', http(429, 'Too many requests'), FailureCode.INSUFFICIENT_CAPACITY],
  [
    'server in ERROR: No valid host',
    new ResourceFailedError('server went to ERROR', {
      resourceId: 'x',
      state: 'ERROR',
      fault: 'No valid host was found. There are not enough hosts available.',
    }),
    FailureCode.INSUFFICIENT_CAPACITY,
  ],
  ['key pair exists (409)', http(409, "Key pair 'k' already exists."), FailureCode.RESOURCE_ALREADY_EXISTS],
  [
    'stack exists (409)',
    http(409, 'The Stack (s) already exists.', 'Heat'),
    FailureCode.RESOURCE_ALREADY_EXISTS,
  ],
  ['plain 409 conflict', http(409, 'Conflict'), FailureCode.RESOURCE_ALREADY_EXISTS],
  ['missing flavor (400)', http(400, 'Flavor m1.none could not be found.'), FailureCode.RESOURCE_NOT_FOUND],
  ['missing image (400)', http(400, 'Invalid imageRef provided.'), FailureCode.RESOURCE_NOT_FOUND],
  ['missing network (400)', http(400, 'Network abc could not be found.'), FailureCode.RESOURCE_NOT_FOUND],
  ['404', http(404, 'Instance x could not be found.'), FailureCode.RESOURCE_NOT_FOUND],
  [
    'document reference missing',
    new ReferencedObjectNotFoundError('image', 'nope'),
    FailureCode.RESOURCE_NOT_FOUND,
  ],
  [
    'adopted object missing',
    new CloudError('adopted network x not found', 'ERR_ADOPTED_NOT_FOUND'),
    FailureCode.RESOURCE_NOT_FOUND,
  ],
  [
    'server in ERROR',
    new ResourceFailedError('server went to ERROR', {
      resourceId: 'x',
      state: 'ERROR',
      fault: 'Build of instance aborted',
    }),
    FailureCode.INFRASTRUCTURE_ERROR,
  ],
  [
    'stack DELETE_FAILED',
    stack('DELETE_FAILED', 'Resource DELETE failed: Forbidden: Instance is locked'),
    FailureCode.INFRASTRUCTURE_ERROR,
  ],
  [
    'stack CREATE_FAILED for quota',
    stack('CREATE_FAILED', 'Quota exceeded for instances'),
    FailureCode.INSUFFICIENT_CAPACITY,
  ],
  [
    'document resource in ERROR',
    new ResourceUnhealthyError('vm', observed('disk full'), false),
    FailureCode.INFRASTRUCTURE_ERROR,
  ],
  ['500', http(500, 'Unexpected API Error.'), FailureCode.INFRASTRUCTURE_ERROR],
  ['503', http(503, 'Service Unavailable'), FailureCode.INFRASTRUCTURE_ERROR],
  ['network error', new NetworkError('could not reach Nova'), FailureCode.INFRASTRUCTURE_ERROR],
  ['timeout', new TimeoutError('timed out', 1000), FailureCode.INFRASTRUCTURE_ERROR],
  [
    '401 after re-auth',
    new AuthenticationError('The request you have made requires authentication.'),
    FailureCode.INFRASTRUCTURE_ERROR,
  ],
  ['400 bad request', http(400, 'Invalid input for field/attribute name.'), FailureCode.INTERNAL_ERROR],
  [
    '403 policy',
    http(403, "Policy doesn't allow os_compute_api:servers:create to be performed."),
    FailureCode.INTERNAL_ERROR,
  ],
  ['configuration error', new ConfigurationError('`authUrl` is required'), FailureCode.INTERNAL_ERROR],
  ['plain Error', new Error('boom'), FailureCode.INTERNAL_ERROR],
  ['a thrown string', 'boom', FailureCode.INTERNAL_ERROR],
];

describe('toFailureCode', () => {
  it.each(TABLE)('%s', (_name, error, code) => {
    expect(toFailureCode(error).failureCode).toBe(code);
  });

  it("carries the provider's reason in the description", () => {
    const failure = toFailureCode(stack('DELETE_FAILED', 'Instance 1a2b is locked'));
    expect(failure.description).toContain('DELETE_FAILED');
    expect(failure.description).toContain('Instance 1a2b is locked');
  });
});
