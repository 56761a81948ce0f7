import { describe, expect, it } from 'vitest';
import type { PortableResources, PortObject } from '../../../src/compute/portable/resources.ts';
import { AmbiguousResourceError } from '../../../src/errors/ambiguous-resource-error.ts';
import { find } from '../../../src/facade/find.ts';

const object = (id: string, name: string): PortObject => ({
  id,
  name,
  mark: undefined,
  health: 'ready',
  reason: undefined,
});

/** Networks and floating IPs only; every other collection would throw if find touched it. */
function resources(networks: readonly PortObject[], ips: readonly (PortObject & { address: string })[] = []) {
  const collection = <T extends PortObject>(items: readonly T[]) => ({
    get: async (id: string) => items.find((i) => i.id === id),
    list: async (name: string | undefined) => items.filter((i) => name === undefined || i.name === name),
  });
  return { networks: collection(networks), floatingIps: collection(ips) } as unknown as PortableResources;
}

describe('find: the one rule', () => {
  const nets = [object('n1', 'private'), object('n2', 'shared'), object('n3', 'shared')];

  it('returns the object by id', async () => {
    expect((await find(resources(nets), 'network', 'n2'))?.id).toBe('n2');
  });

  it('returns the object by a unique name', async () => {
    expect((await find(resources(nets), 'network', 'private'))?.id).toBe('n1');
  });

  it('returns undefined when nothing matches', async () => {
    expect(await find(resources(nets), 'network', 'nope')).toBeUndefined();
  });

  it('throws AmbiguousResourceError listing every candidate when a name matches several', async () => {
    const error = await find(resources(nets), 'network', 'shared').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousResourceError);
    expect((error as AmbiguousResourceError).candidates.map((c) => c.id)).toEqual(['n2', 'n3']);
    expect((error as AmbiguousResourceError).message).toContain('use an id');
  });

  it('finds a floating IP by its address', async () => {
    const ips = [{ ...object('f1', ''), address: '172.24.4.10' }];
    expect((await find(resources([], ips), 'floatingIp', '172.24.4.10'))?.id).toBe('f1');
  });
});
