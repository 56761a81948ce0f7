import { describe, expect, it } from 'vitest';
import { applyDirect } from '../../../../src/facade/document/apply.ts';
import { destroyDirect } from '../../../../src/facade/document/destroy.ts';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { planDirect } from '../../../../src/facade/document/plan.ts';
import { PUBLIC_KEY, SAMPLE } from './fixtures.ts';
import { memoryProvider } from './memory-provider.ts';

const EXISTING = [
  { kind: 'image', name: 'cirros' },
  { kind: 'flavor', name: 'm1.tiny' },
  { kind: 'network', name: 'public' },
] as const;

function setup() {
  const provider = memoryProvider([...EXISTING]);
  provider.objects.set('pub', {
    id: 'pub',
    kind: 'network',
    name: 'public',
    deployment: undefined,
    owner: undefined,
    health: 'ready',
  });
  return { provider, doc: parseDocument(SAMPLE) };
}

describe('applyDirect / planDirect / destroyDirect', () => {
  it('plans creates without changing anything, applies, then a second apply changes nothing', async () => {
    const { provider, doc } = setup();
    const plan = await planDirect(doc, provider);
    expect(provider.mutations).toEqual([]);
    expect(plan.resources.filter((r) => r.action === 'create')).toHaveLength(9);
    expect(plan.resources.find((r) => r.name === 'public')).toMatchObject({ action: 'observe', id: 'pub' });

    const first = await applyDirect(doc, provider);
    expect(first.ok).toBe(true);
    expect(provider.mutations).toHaveLength(9);
    expect(provider.peakConcurrency).toBeLessThanOrEqual(2);
    expect(first.outputs).toMatchObject({
      net_id: first.resources.find((r) => r.name === 'net')?.id,
      note: 'hello',
      web1_ip: null,
    });

    const second = await applyDirect(doc, provider);
    expect(provider.mutations).toHaveLength(9);
    expect(second.resources.every((r) => r.action === 'keep' || r.action === 'observe')).toBe(true);
    expect(
      (await planDirect(doc, provider)).resources.every((r) => r.action === 'keep' || r.action === 'observe'),
    ).toBe(true);
  });

  it('finishes an interrupted apply without duplicates, skipping what depends on a failure', async () => {
    const { provider, doc } = setup();
    provider.failCreate.add('subnet');
    const broken = await applyDirect(doc, provider);
    expect(broken.ok).toBe(false);
    expect(broken.resources.find((r) => r.name === 'subnet')).toMatchObject({
      applied: false,
      error: 'cannot create subnet',
    });
    expect(broken.resources.find((r) => r.name === 'web1')?.error).toContain('failed');
    expect(broken.resources.find((r) => r.name === 'net')).toMatchObject({ applied: true });
    const again = await applyDirect(doc, provider);
    expect(again.ok).toBe(true);
    const names = [...provider.objects.values()].map((o) => o.name).sort();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(10);
  });

  it('replaces a failed resource only when the document asks to reconcile', async () => {
    const { provider, doc } = setup();
    await applyDirect(doc, provider);
    const web2 = [...provider.objects.values()].find((o) => o.name === 'demo-web2');
    if (web2 === undefined) throw new Error('web2 missing');
    web2.health = 'failed';
    expect((await planDirect(doc, provider)).resources.find((r) => r.name === 'web2')?.action).toBe(
      'replace',
    );
    const strict = parseDocument(SAMPLE.replace('reconcile: true', 'reconcile: false'));
    const refused = await applyDirect(strict, provider);
    expect(refused.resources.find((r) => r.name === 'web2')?.error).toContain('reconcile: true');
    const fixed = await applyDirect(doc, provider);
    expect(fixed.resources.find((r) => r.name === 'web2')).toMatchObject({
      action: 'replace',
      applied: true,
    });
    expect(provider.objects.has(web2.id)).toBe(false);
  });

  it('deletes owned objects that left the document, and destroy leaves adopted ones alone', async () => {
    const { provider, doc } = setup();
    await applyDirect(doc, provider);
    const smaller = parseDocument({
      deployment: 'demo',
      resources: { key: { kind: 'keyPair', properties: { publicKey: PUBLIC_KEY } } },
    });
    const plan = await planDirect(smaller, provider);
    expect(plan.resources.filter((r) => r.action === 'delete')).toHaveLength(8);
    const pruned = await applyDirect(smaller, provider);
    expect(pruned.ok).toBe(true);
    expect([...provider.objects.values()].map((o) => o.name).sort()).toEqual(['demo-key', 'public']);
    await applyDirect(doc, provider);
    const destroyed = await destroyDirect(doc, provider);
    expect(destroyed.resources).toHaveLength(9);
    expect(provider.mutations.slice(-9)[0]).toBe('delete fip');
    expect(provider.mutations.at(-1)).toBe('delete key');
    expect([...provider.objects.keys()]).toEqual(['pub']);
    expect((await destroyDirect('demo', provider)).resources).toEqual([]);
  });
});
