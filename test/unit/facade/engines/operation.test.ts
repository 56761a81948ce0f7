import { describe, expect, it } from 'vitest';
import { applyDirect } from '../../../../src/facade/document/apply.ts';
import { destroyDirect } from '../../../../src/facade/document/destroy.ts';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { planDirect } from '../../../../src/facade/document/plan.ts';
import type { DeploymentEngine } from '../../../../src/facade/engines/engine.ts';
import { operationStatus, startOperation } from '../../../../src/facade/engines/operation.ts';
import { PUBLIC_KEY } from '../document/fixtures.ts';
import { memoryProvider } from '../document/memory-provider.ts';

describe('startOperation / operationStatus', () => {
  it('returns a JSON-safe operation at once, and any poller sees IN_PROGRESS then COMPLETE', async () => {
    const provider = memoryProvider();
    const engine: DeploymentEngine = {
      name: 'direct',
      plan: (d) => planDirect(d, provider),
      apply: (d, o) => applyDirect(d, provider, o),
      destroy: (t, o) => destroyDirect(t, provider, o),
    };
    const doc = parseDocument({
      deployment: 'ops',
      resources: {
        key: { kind: 'keyPair', properties: { publicKey: PUBLIC_KEY } },
        net: { kind: 'network' },
      },
      outputs: { net: { value: { ref: 'net' } } },
    });
    const started = startOperation(engine, 'apply', doc);
    const wire = JSON.parse(JSON.stringify(started.operation)) as typeof started.operation;
    expect(JSON.stringify(wire)).not.toContain('AAAA');
    expect((await operationStatus(wire, provider, undefined)).state).toBe('IN_PROGRESS');
    await started.done;
    const done = await operationStatus(wire, provider, undefined);
    expect(done.state === 'COMPLETE' ? Object.keys(done.topology) : []).toEqual(['key', 'net']);
    const destroying = startOperation(engine, 'destroy', doc);
    await destroying.done;
    expect(await operationStatus(destroying.operation, provider, undefined)).toEqual({
      state: 'COMPLETE',
      outputs: {},
      topology: { key: null, net: null },
    });
  });
});
