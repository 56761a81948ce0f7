import type { Stack } from 'stratus/openstack/orchestration';
import { describe, expect, it } from 'vitest';
import type { ExecuteRequest, Properties } from '../../src/api/types.ts';
import { DriverApiError } from '../../src/http/api-error.ts';
import type { MonitorJob } from '../../src/jobs/monitor-job.ts';
import { readDriverFiles } from '../../src/lifecycle/driver-files.ts';
import { prepareCreate } from '../../src/lifecycle/heat/create.ts';
import { candidateInputs, declaredInputs } from '../../src/lifecycle/heat/parameters.ts';
import { DELETE_START_GRACE_MS, pollOutcome } from '../../src/lifecycle/heat/poll-outcome.ts';
import { stackName } from '../../src/lifecycle/heat/stack-name.ts';
import { driverFilesFrom } from '../helpers/packages.ts';

const p = (value: unknown, type = 'string') => ({ type, value });

describe('stack names (SPEC §4.2 step 5)', () => {
  it('joins name and id, drops other characters, prefixes s when not starting with a letter', () => {
    expect(stackName({ resourceName: p('my app!'), resourceId: p('abc-1') })).toBe('myapp.abc-1');
    expect(stackName({ resourceName: p('1st'), resourceId: p('x') })).toBe('s1st.x');
  });
  it('keeps the last 255 characters of a long name', () => {
    const name = stackName({ resourceName: p('a'.repeat(300)), resourceId: p('id') });
    expect(name).toHaveLength(255);
    expect(name.endsWith('.id')).toBe(true);
  });
  it('is s<uuid> when a system property is missing', () => {
    expect(stackName({ resourceName: p('x') })).toMatch(/^s[0-9a-f-]{36}$/);
  });
});

describe('parameters (SPEC §4.5)', () => {
  const resource: Properties = {
    image: p('cirros'),
    count: p(2, 'integer'),
    tags: p(['a'], 'list'),
    k: { type: 'key', value: undefined, keyName: 'kp', privateKey: 'PRIVATE', publicKey: 'ssh-rsa AAA' },
    nopub: { type: 'key', value: undefined, keyName: 'kp2', privateKey: 'PRIVATE2' },
    unused: p('x'),
  };
  const system: Properties = { resourceId: p('r1'), resourceName: p('n') };
  it('passes only declared inputs; keys split into name/_public/_private; system_ prefix; lists as JSON', () => {
    const params = declaredInputs(candidateInputs(resource, system), [
      'image',
      'count',
      'tags',
      'k',
      'k_public',
      'k_private',
      'nopub',
      'nopub_public',
      'system_resourceId',
      'absent',
    ]);
    expect(params).toEqual({
      image: 'cirros',
      count: 2,
      tags: '["a"]',
      k: 'kp',
      k_public: 'ssh-rsa AAA',
      k_private: 'PRIVATE',
      nopub: 'kp2',
      system_resourceId: 'r1',
    });
  });
});

describe('Create checks made before any Heat call', () => {
  const files = readDriverFiles(
    driverFilesFrom({
      'heat.yaml':
        'heat_template_version: 2018-08-31\nparameters:\n  k: {type: string}\n' +
        '  flavor: {type: string, default: m1.nano}\n  system_resourceId: {type: string}\nresources: {}\n',
    }),
  );
  const request = (resourceProperties: Properties): ExecuteRequest => ({
    lifecycleName: 'Create',
    driverFiles: '',
    systemProperties: { resourceId: p('r1'), resourceName: p('web') },
    resourceProperties,
    requestProperties: {},
    associatedTopology: {},
    deploymentLocation: { name: 'l', type: 'Openstack', properties: {} },
  });
  it('a parameter the template requires (no default) and the request lacks is a 400 naming it', () => {
    let error: unknown;
    try {
      prepareCreate(request({ flavor: p('m1.tiny') }), files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DriverApiError);
    expect((error as DriverApiError).status).toBe(400);
    expect((error as Error).message).toMatch(
      /^The HEAT template declares 'k' with no default .* add it to resourceProperties/,
    );
  });
  it('with it given: the stack name, and only the declared inputs (a defaulted one left to its default)', () => {
    const spec = prepareCreate(request({ k: p('kp'), unused: p('x') }), files);
    expect(spec).toMatchObject({
      name: 'web.r1',
      kind: 'HEAT',
      parameters: { k: 'kp', system_resourceId: 'r1' },
    });
    expect(Object.keys(spec.parameters).sort()).toEqual(['k', 'system_resourceId']);
  });
});

function stack(status: string, reason = '', updatedAt = '2026-12-04T12:00:00Z'): Stack {
  return {
    name: 's',
    id: 'i',
    status,
    statusReason: reason,
    description: undefined,
    createdAt: undefined,
    updatedAt,
    outputs: [{ key: 'ip', value: '10.0.0.5', description: undefined, error: undefined }],
    parameters: {},
    tags: [],
  };
}

const job = (lifecycle: MonitorJob['lifecycle'], extra: Partial<MonitorJob> = {}): MonitorJob => ({
  requestId: 'r',
  lifecycle,
  location: 'x',
  trace: {},
  deadlineAt: 0,
  errors: 0,
  stack: { name: 's', id: 'i' },
  ...extra,
});

describe('poll outcomes (SPEC §4.2–4.4 with the bugs fixed)', () => {
  it('Create: in progress, complete with outputs, failed with Heat reason', () => {
    expect(pollOutcome(job('Create'), stack('CREATE_IN_PROGRESS'))).toEqual({ state: 'IN_PROGRESS' });
    expect(pollOutcome(job('Create'), stack('CREATE_COMPLETE'))).toEqual({
      state: 'COMPLETE',
      outputs: { ip: '10.0.0.5' },
    });
    expect(pollOutcome(job('Create'), stack('CREATE_FAILED', 'Server went to ERROR'))).toMatchObject({
      state: 'FAILED',
      failureCode: 'INFRASTRUCTURE_ERROR',
      description: 'Server went to ERROR',
    });
  });
  it('Delete: DELETE_FAILED is FAILED/INFRASTRUCTURE_ERROR with the reason, never COMPLETE; gone is COMPLETE', () => {
    const failed = pollOutcome(job('Delete'), stack('DELETE_FAILED', 'Instance is locked'));
    expect(failed).toMatchObject({ state: 'FAILED', failureCode: 'INFRASTRUCTURE_ERROR' });
    expect(failed.state === 'FAILED' && failed.description).toMatch(/Instance is locked/);
    expect(pollOutcome(job('Delete'), undefined)).toEqual({ state: 'COMPLETE', outputs: {} });
    expect(pollOutcome(job('Delete'), stack('DELETE_COMPLETE'))).toEqual({ state: 'COMPLETE', outputs: {} });
  });
  it('Delete: an old DELETE_FAILED seen before Heat started the new delete is not the answer (within the grace)', () => {
    const before = { status: 'DELETE_FAILED', reason: 'locked', updatedAt: '2026-12-04T12:00:00Z' };
    const j = job('Delete', { before, sentAt: 1_000 });
    expect(pollOutcome(j, stack('DELETE_FAILED', 'locked'), undefined, 2_000)).toEqual({
      state: 'IN_PROGRESS',
    });
    const late = pollOutcome(
      j,
      stack('DELETE_FAILED', 'locked'),
      undefined,
      1_000 + DELETE_START_GRACE_MS + 1,
    );
    expect(late.state).toBe('FAILED');
  });
  it('Adopt: suspended stacks fail with the VIM driver message', () => {
    expect(pollOutcome(job('Adopt'), stack('SUSPEND_COMPLETE'))).toMatchObject({
      state: 'FAILED',
      description: 'Adopt failed: cannot adopt stack with status SUSPEND_COMPLETE',
    });
    expect(pollOutcome(job('Adopt'), stack('UPDATE_COMPLETE')).state).toBe('COMPLETE');
  });
});

describe('failure codes through the facade table (toFailureCode)', () => {
  it('a CREATE_FAILED for a quota is INSUFFICIENT_CAPACITY with Heat reason as the description', () => {
    const outcome = pollOutcome(
      job('Create'),
      stack('CREATE_FAILED', 'Quota exceeded for instances: Requested 1, but already used 10'),
    );
    expect(outcome).toMatchObject({ state: 'FAILED', failureCode: 'INSUFFICIENT_CAPACITY' });
    expect(outcome.state === 'FAILED' && outcome.description).toMatch(/^Quota exceeded/);
  });
});
