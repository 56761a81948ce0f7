import { describe, expect, it } from 'vitest';
import { applyDirect } from '../../../../src/facade/document/apply.ts';
import { destroyDirect } from '../../../../src/facade/document/destroy.ts';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { applyStatus, destroyStatus, statusDocument } from '../../../../src/facade/document/status.ts';
import { PUBLIC_KEY } from './fixtures.ts';
import { memoryProvider } from './memory-provider.ts';

const doc = parseDocument({
  deployment: 'demo',
  resources: {
    key: { kind: 'keyPair', properties: { publicKey: PUBLIC_KEY } },
    net: { kind: 'network' },
    ext: { kind: 'network', managed: false, name: 'public' },
  },
  outputs: { net_id: { value: { ref: 'net' } } },
});

describe('status from the cloud alone', () => {
  it('carries no properties, so no key material', () => {
    expect(JSON.stringify(statusDocument(doc))).not.toContain('AAAA');
  });

  it('is IN_PROGRESS until every resource exists, FAILED on ERROR, then COMPLETE with outputs and topology', async () => {
    const provider = memoryProvider();
    provider.objects.set('pub', {
      id: 'pub',
      kind: 'network',
      name: 'public',
      deployment: undefined,
      owner: undefined,
      health: 'ready',
    });
    const status = statusDocument(doc);
    expect(await applyStatus(status, provider)).toMatchObject({
      state: 'IN_PROGRESS',
      description: 'waiting for key, net',
    });
    await applyDirect(doc, provider);
    const done = await applyStatus(status, provider);
    const netId = [...provider.objects.values()].find((o) => o.name === 'demo-net')?.id;
    expect(done).toEqual({
      state: 'COMPLETE',
      outputs: { net_id: netId },
      topology: {
        key: { id: 'keyPair-1', type: 'stratus:keyPair' },
        net: { id: netId, type: 'stratus:network' },
        ext: { id: 'pub', type: 'stratus:network' },
      },
    });
    const net = [...provider.objects.values()].find((o) => o.name === 'demo-net');
    if (net) net.health = 'failed';
    const failed = await applyStatus(status, provider);
    expect(failed.state === 'FAILED' ? failed.description : '').toContain('net (');
  });

  it('reports destroy COMPLETE with null topology entries once nothing owned is left', async () => {
    const provider = memoryProvider();
    await applyDirect(doc, provider);
    expect((await destroyStatus('demo', ['key', 'net'], provider)).state).toBe('IN_PROGRESS');
    await destroyDirect(doc, provider);
    expect(await destroyStatus('demo', ['key', 'net'], provider)).toEqual({
      state: 'COMPLETE',
      outputs: {},
      topology: { key: null, net: null },
    });
  });
});
