import { describe, expect, it } from 'vitest';
import { NodeState } from '../../../../src/compute/node-state.ts';
import {
  toCreateV10ServerOptions,
  V10_STATUS_TO_NODE_STATE,
  v10FlavorToSize,
  v10ServerToNode,
} from '../../../../src/drivers/openstack/v1-0/driver/index.ts';
import { parseV10Server, parseV10ServerBody } from '../../../../src/drivers/openstack/v1-0/servers/index.ts';
import { ConfigurationError, NotSupportedError } from '../../../../src/errors/index.ts';

describe('1.0 status → NodeState', () => {
  it('maps the statuses both APIs share like the 1.1 driver, and the 1.0-only ones to reconfiguring', () => {
    expect(V10_STATUS_TO_NODE_STATE.ACTIVE).toBe(NodeState.RUNNING);
    expect(V10_STATUS_TO_NODE_STATE.BUILD).toBe(NodeState.PENDING);
    expect(V10_STATUS_TO_NODE_STATE.HARD_REBOOT).toBe(NodeState.REBOOTING);
    expect(V10_STATUS_TO_NODE_STATE.VERIFY_RESIZE).toBe(NodeState.RUNNING);
    expect(V10_STATUS_TO_NODE_STATE.QUEUE_RESIZE).toBe(NodeState.RECONFIGURING);
    expect(V10_STATUS_TO_NODE_STATE.SHARE_IP_NO_CONFIG).toBe(NodeState.RECONFIGURING);
    expect(V10_STATUS_TO_NODE_STATE.DELETED).toBe(NodeState.TERMINATED);
  });

  it('gives unknown for a status it has never seen', () => {
    const node = v10ServerToNode(parseV10Server({ id: 1, name: 'x', status: 'MELTING' }, '$'));
    expect(node.state).toBe(NodeState.UNKNOWN);
  });
});

describe('v10ServerToNode', () => {
  it('takes public and private addresses as the API lists them and keeps the server as extra', () => {
    const server = parseV10ServerBody({
      server: {
        id: 7,
        name: 'web',
        status: 'ACTIVE',
        imageId: 8,
        flavorId: 2,
        adminPass: 'generated-1234',
        addresses: { public: ['10.0.0.9'], private: ['198.51.100.4'] },
      },
    });
    const node = v10ServerToNode(server);
    expect(node).toMatchObject({
      id: '7',
      state: NodeState.RUNNING,
      publicIps: ['10.0.0.9'],
      privateIps: ['198.51.100.4'],
      sizeId: '2',
      imageId: '8',
      createdAt: undefined,
    });
    expect(node.extra.adminPass).toBe('generated-1234');
    expect(JSON.stringify(node)).not.toContain('generated-1234');
  });
});

describe('v10FlavorToSize', () => {
  it('reports 0 vCPUs when the 1.0 cloud does not say', () => {
    expect(v10FlavorToSize({ id: '1', name: 'a', ram: 256, disk: 10, vcpus: undefined })).toMatchObject({
      ramMiB: 256,
      diskGb: 10,
      vcpus: 0,
    });
  });

  it('keeps the vCPUs a 1.0 cloud does report', () => {
    expect(v10FlavorToSize({ id: '2', name: 'b', ram: 512, disk: 20, vcpus: 2 })).toMatchObject({
      id: '2',
      name: 'b',
      vcpus: 2,
    });
  });
});

describe('toCreateV10ServerOptions', () => {
  it('takes size and image as ids or objects and passes 1.0 fields through', () => {
    expect(
      toCreateV10ServerOptions({
        name: 'a',
        size: { id: '1' },
        image: '8',
        metadata: { k: 'v' },
        sharedIpGroupId: '3',
      }),
    ).toEqual({ name: 'a', flavorId: '1', imageId: '8', metadata: { k: 'v' }, sharedIpGroupId: '3' });
  });

  it('refuses what the 1.0 API cannot do, and missing ids', () => {
    expect(() => toCreateV10ServerOptions({ name: 'a', size: '1', image: '8', location: 'az1' })).toThrow(
      NotSupportedError,
    );
    expect(() => toCreateV10ServerOptions({ name: 'a', size: '1', image: '8', keyName: 'k' })).toThrow(
      /authorized_keys/,
    );
    expect(() => toCreateV10ServerOptions({ name: 'a', size: '1' })).toThrow(ConfigurationError);
  });
});
