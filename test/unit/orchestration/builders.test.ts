import { describe, expect, it } from 'vitest';
import { heatMarkerNext } from '../../../src/drivers/openstack/orchestration/paging.ts';
import { parseStackResources } from '../../../src/drivers/openstack/orchestration/resources/index.ts';
import {
  buildCreateStackRequest,
  buildUpdateStackRequest,
  parseStack,
  StackFailedError,
} from '../../../src/drivers/openstack/orchestration/stacks/index.ts';
import { CloudError } from '../../../src/errors/cloud-error.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import type { HttpResponse } from '../../../src/transport/types.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

const page = (url: string, ids: string[]): HttpResponse => ({
  status: 200,
  headers: {},
  url,
  body: { stacks: ids.map((id) => ({ id })) },
});

describe('Heat builders', () => {
  it('sends template, files, environment, tags and rollback choice', () => {
    const request = buildCreateStackRequest({
      name: 'web.1',
      template: { heat_template_version: '2018-08-31' },
      files: { 'f.sh': 'echo' },
      environment: 'parameters: {}',
      tags: ['a', 'b'],
      disableRollback: false,
      timeoutMins: 5,
    });
    expect(request.json).toEqual({
      stack_name: 'web.1',
      template: { heat_template_version: '2018-08-31' },
      files: { 'f.sh': 'echo' },
      environment: 'parameters: {}',
      timeout_mins: 5,
      disable_rollback: false,
      tags: 'a,b',
    });
  });

  it('rejects a name Heat would refuse before any request', () => {
    expect(() => buildCreateStackRequest({ name: '1web', template: '' })).toThrow(ConfigurationError);
    expect(() => buildCreateStackRequest({ name: 'we b', template: '' })).toThrow(/start with a letter/);
  });

  it('replaces with PUT or patches with PATCH', () => {
    const ref = { name: 'web', id: 'id' };
    expect(buildUpdateStackRequest(ref, { template: 't' }).method).toBe('PUT');
    expect(buildUpdateStackRequest(ref, { template: 't' }, true)).toMatchObject({
      method: 'PATCH',
      path: 'stacks/web/id',
      expect: [202],
    });
  });
});

describe('Heat paging and parsing', () => {
  it('asks for the next marker only after a full page', () => {
    const next = heatMarkerNext('stacks');
    expect(next(page('http://h/v1/p/stacks?limit=2', ['a', 'b']), undefined as never)).toBe(
      'http://h/v1/p/stacks?limit=2&marker=b',
    );
    expect(next(page('http://h/v1/p/stacks?limit=2&marker=b', ['c']), undefined as never)).toBeUndefined();
    expect(next(page('http://h/v1/p/stacks', ['a']), undefined as never)).toBeUndefined();
  });

  it('parses outputs and resolved parameters (recorded)', () => {
    const body = loadFixture('orchestration/stacks/get') as { stack: unknown };
    const stack = parseStack(body.stack);
    expect(stack.status).toBe('CREATE_COMPLETE');
    expect(stack.parameters.cidr).toBe('10.78.0.0/24');
    expect(stack.outputs.map((o) => o.key)).toEqual(['net_id']);
  });

  it('reads each resource’s stack from its links', () => {
    const resources = parseStackResources(loadFixture('orchestration/resources/list'));
    expect(new Set(resources.map((r) => r.stackName)).size).toBe(1);
    expect(resources[0]?.stackName).toMatch(/^stratus-test-rec-.*-stack$/);
  });

  it('StackFailedError is a CloudError carrying the reason', () => {
    const error = new StackFailedError('web', 'id', 'DELETE_FAILED', 'Instance is locked');
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ code: 'ERR_RESOURCE_FAILED', statusReason: 'Instance is locked' });
    expect(error.message).toBe('Heat stack web (id) ended DELETE_FAILED: Instance is locked');
  });
});
