import { describe, expect, it } from 'vitest';
import { decodeHandle, InvalidHandleError } from '../../../../src/facade/handles/decode.ts';
import { encodeHandle } from '../../../../src/facade/handles/encode.ts';
import type { HandlePayload } from '../../../../src/facade/handles/types.ts';

const base = { v: 1, provider: 'openstack', startedAt: 1, deadlineAt: 2 } as const;

describe('operation handles', () => {
  it('round-trips every operation kind', () => {
    const payloads: HandlePayload[] = [
      { ...base, kind: 'vm.create', vmId: 'a-1', name: 'vm', portIds: ['p1'] },
      { ...base, kind: 'vm.delete', vmId: 'a-1', portIds: [] },
      { ...base, kind: 'disk.create', diskId: 'd-1', name: 'disk' },
      { ...base, kind: 'disk.delete', diskId: 'd-1' },
      {
        ...base,
        kind: 'deployment',
        operation: {
          kind: 'apply',
          engine: 'stack',
          document: { deployment: 'd1', resources: [], outputs: [] } as never,
        },
      },
    ];
    for (const payload of payloads) expect(decodeHandle(encodeHandle(payload))).toEqual(payload);
  });

  it('is one opaque token with a version prefix and carries no secret field', () => {
    const handle = encodeHandle({ ...base, kind: 'disk.delete', diskId: 'x' });
    expect(handle).toMatch(/^stratus-op\.v1\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(handle.slice('stratus-op.v1.'.length), 'base64url').toString()).not.toMatch(
      /token|password|secret/i,
    );
  });

  const enc = (o: unknown) => `stratus-op.v1.${Buffer.from(JSON.stringify(o)).toString('base64url')}`;
  it.each([
    ['not a handle', 'does not start with'],
    ['stratus-op.v1.%%%', 'not base64url JSON'],
    [enc('str'), 'no payload'],
    [enc({ ...base, kind: 'explode' }), 'unknown kind'],
    [enc({ ...base, kind: 'disk.delete' }), 'field diskId is missing'],
    [enc({ ...base, kind: 'vm.delete', vmId: 'x' }), 'portIds'],
    [enc({ ...base, kind: 'deployment', operation: { kind: 'apply', engine: 'x' } }), 'engine'],
  ])('refuses %s with an InvalidHandleError saying why', (input, why) => {
    expect(() => decodeHandle(input)).toThrow(InvalidHandleError);
    expect(() => decodeHandle(input)).toThrow(why);
  });
});

describe('a deployment handle', () => {
  it('carries names and kinds, never the properties (user data, public keys, parameters)', async () => {
    const { parseDocument } = await import('../../../../src/facade/document/parse.ts');
    const { statusDocument } = await import('../../../../src/facade/document/status.ts');
    const doc = parseDocument(`
deployment: d1
parameters: {dbPassword: {default: hunter2-param}}
resources:
  key: {kind: keyPair, properties: {publicKey: "ssh-ed25519 AAAAC3NzaKEYBODY"}}
  net: {kind: network}
  web: {kind: server, properties: {image: img, flavor: f, networks: [{ref: net}], userData: "#!/bin/sh\\necho hunter2-userdata"}}
outputs:
  ip: {value: {ref: web, attribute: privateIp}}
`);
    const handle = encodeHandle({
      ...base,
      kind: 'deployment',
      operation: { kind: 'apply', engine: 'direct', document: statusDocument(doc) },
    });
    const payload = Buffer.from(handle.slice('stratus-op.v1.'.length), 'base64url').toString();
    expect(payload).toContain('"web"');
    expect(payload).not.toMatch(/hunter2|AAAAC3NzaKEYBODY|userData|publicKey/);
  });
});
