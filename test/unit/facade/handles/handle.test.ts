import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/errors/configuration-error.ts';
import { decodeHandle, encodeHandle } from '../../../../src/facade/handles/handle.ts';

describe('operation handles', () => {
  it('round-trips every operation kind', () => {
    for (const op of ['createVm', 'deleteVm', 'createDisk', 'deleteDisk'] as const) {
      expect(decodeHandle(encodeHandle({ op, id: 'a-1' }))).toEqual({ op, id: 'a-1' });
    }
    const document = {
      deployment: 'd1',
      reconcile: false,
      concurrency: 2,
      resources: [],
      outputs: [],
      parameters: {},
    };
    const handle = encodeHandle({ op: 'apply', engine: 'stack', document: document as never });
    expect(decodeHandle(handle)).toEqual({ op: 'apply', engine: 'stack', document });
  });

  it('is one opaque token with a version prefix (safe in a URL, a header or a Kafka key)', () => {
    const handle = encodeHandle({ op: 'createVm', id: 'x' });
    expect(handle).toMatch(/^stratus-op\.v1\.[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['not a handle', 'does not start with'],
    ['stratus-op.v1.%%%', 'not base64url JSON'],
    [`stratus-op.v1.${Buffer.from('"str"').toString('base64url')}`, 'not an object'],
    [`stratus-op.v1.${Buffer.from('{"op":"explode","id":"x"}').toString('base64url')}`, 'unknown operation'],
    [`stratus-op.v1.${Buffer.from('{"op":"createVm"}').toString('base64url')}`, 'no resource id'],
    [
      `stratus-op.v1.${Buffer.from('{"op":"apply","engine":"x"}').toString('base64url')}`,
      'engine and document',
    ],
  ])('refuses %s with a ConfigurationError saying why', (input, why) => {
    expect(() => decodeHandle(input)).toThrow(ConfigurationError);
    expect(() => decodeHandle(input)).toThrow(why);
  });
});
