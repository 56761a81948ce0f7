import { describe, expect, it } from 'vitest';
import { Capability } from '../../../src/compute/capabilities.ts';
import type { FloatingIp, Network } from '../../../src/compute/index.ts';
import { AmbiguousResourceError } from '../../../src/errors/ambiguous-resource-error.ts';
import { NotSupportedError } from '../../../src/errors/not-supported-error.ts';
import { resolveFacadeOptions } from '../../../src/facade/context.ts';
import { find } from '../../../src/facade/find.ts';
import type { FacadeDriver } from '../../../src/facade/types.ts';

const net = (id: string, name: string): Network => ({
  id,
  name,
  status: 'ACTIVE',
  external: false,
  subnetIds: [],
  extra: {},
});

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** A driver with networking and floating IPs only; every call is counted. */
function world(networks: readonly Network[], ips: readonly FloatingIp[] = []) {
  const calls: string[] = [];
  const driver = {
    provider: 'fake',
    name: 'Fake',
    apiVersion: '1',
    capabilities: new Set([Capability.NETWORKING, Capability.FLOATING_IPS]),
    networking: {
      getNetwork: async (id: string) => {
        calls.push(`get ${id}`);
        return networks.find((n) => n.id === id);
      },
      listNetworks: () => {
        calls.push('list');
        return each(networks);
      },
    },
    floatingIps: {
      getFloatingIp: async (id: string) => ips.find((i) => i.id === id),
      listFloatingIps: () => each(ips),
    },
  } as unknown as FacadeDriver;
  return { ctx: { driver, options: resolveFacadeOptions() }, calls };
}

describe('find: the one rule', () => {
  const nets = [net('n1', 'private'), net('n2', 'shared'), net('n3', 'shared')];

  it('returns the object by id with one get and no list', async () => {
    const { ctx, calls } = world(nets);
    expect((await find(ctx, 'network', 'n2'))?.id).toBe('n2');
    expect(calls).toEqual(['get n2']);
  });

  it('returns the object by a unique name', async () => {
    expect((await find(world(nets).ctx, 'network', 'private'))?.id).toBe('n1');
  });

  it('returns undefined when nothing matches', async () => {
    expect(await find(world(nets).ctx, 'network', 'nope')).toBeUndefined();
  });

  it('throws AmbiguousResourceError listing every candidate when a name matches several', async () => {
    const error = await find(world(nets).ctx, 'network', 'shared').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousResourceError);
    expect((error as AmbiguousResourceError).code).toBe('ERR_AMBIGUOUS_RESOURCE');
    expect((error as AmbiguousResourceError).candidates.map((c) => c.id)).toEqual(['n2', 'n3']);
    expect((error as AmbiguousResourceError).message).toContain('use an id');
  });

  it('finds a floating IP by its address', async () => {
    const ip: FloatingIp = {
      id: 'f1',
      address: '172.24.4.10',
      networkId: 'ext',
      portId: undefined,
      fixedIpAddress: undefined,
      status: 'DOWN',
      extra: {},
    };
    expect((await find(world([], [ip]).ctx, 'floatingIp', '172.24.4.10'))?.id).toBe('f1');
  });

  it('refuses a kind whose capability the driver lacks, naming it', async () => {
    await expect(find(world(nets).ctx, 'volume', 'x')).rejects.toThrow(NotSupportedError);
    await expect(find(world(nets).ctx, 'volume', 'x')).rejects.toThrow("'blockStorage'");
  });
});
