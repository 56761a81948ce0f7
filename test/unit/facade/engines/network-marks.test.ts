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
