import { describe, expect, it } from 'vitest';
import type { Network } from '../../../../src/compute/models/network.ts';
import { NotFoundError } from '../../../../src/errors/http-status-errors.ts';
import {
  type NetworkCapabilities,
  networkPorts,
} from '../../../../src/facade/engines/direct/from-capabilities/network.ts';

function net(id: string, marks?: readonly string[]): Network {
  return { id, name: `d-${id}`, status: 'ACTIVE', external: false, subnetIds: [], marks, extra: {} };
}

/** A driver whose list answers carry marks for some networks; `getMarks` records what it is asked. */
function driverWith(networks: readonly Network[], asked: string[]): NetworkCapabilities {
  const driver = {
    networking: {
      async *listNetworks() {
        yield* networks;
      },
    },
    marks: {
      getMarks: async (_kind: string, id: string) => {
        asked.push(id);
        if (id === 'gone')
          throw new NotFoundError({ status: 404, method: 'GET', url: `http://neutron/${id}` });
        return ['plain', `stratus:d/${id}`];
      },
    },
    securityGroups: {},
    floatingIps: {},
  };
  return driver as unknown as NetworkCapabilities;
}

describe('the direct engine reading ownership marks', () => {
  it('takes the marks the list answer carries and asks only for the others', async () => {
    const asked: string[] = [];
    const ports = networkPorts(driverWith([net('a', ['stratus:d/net']), net('b'), net('c', [])], asked));
    const found = await ports.networks.list(undefined);
    expect(found.map((n) => [n.id, n.mark])).toEqual([
      ['a', 'stratus:d/net'],
      ['b', 'stratus:d/b'],
      ['c', undefined],
    ]);
    expect(asked).toEqual(['b']);
  });

  it('leaves out an object deleted between the list and its mark read', async () => {
    const asked: string[] = [];
    const ports = networkPorts(driverWith([net('gone'), net('b')], asked));
    expect((await ports.networks.list(undefined)).map((n) => n.id)).toEqual(['b']);
    expect(asked).toEqual(['gone', 'b']);
  });
});

describe('a create cut off before its tags (a crash between the two requests)', () => {
  it('the mark the create put in the description still tells the owner, under any name', async () => {
    const untagged: Network = {
      ...net('x', []),
      name: 'my-explicit-name',
      description: 'stratus:d/net',
    };
    const ports = networkPorts(driverWith([untagged], []));
    expect((await ports.networks.list('my-explicit-name')).map((n) => n.mark)).toEqual(['stratus:d/net']);
  });

  it('a create whose object comes back carrying the mark is not marked again; one that does not is', async () => {
    const added: string[] = [];
    const driver = (carries: boolean) =>
      ({
        networking: {
          createNetwork: async (o: { name: string; marks?: readonly string[] }) => ({
            ...net('n'),
            name: o.name,
            marks: carries ? o.marks : [],
          }),
        },
        marks: {
          addMarks: async (_k: string, id: string, m: readonly string[]) => void added.push(`${id}:${m}`),
        },
        securityGroups: {},
        floatingIps: {},
      }) as unknown as NetworkCapabilities;
    const body = { name: 'd-net', description: 'stratus:d/net', adminStateUp: true };
    expect((await networkPorts(driver(true)).networks.create(body)).mark).toBe('stratus:d/net');
    expect(added).toEqual([]);
    await networkPorts(driver(false)).networks.create(body);
    expect(added).toEqual(['n:stratus:d/net']);
  });
});
