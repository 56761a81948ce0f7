import type {
  PortableResources,
  PortHealth,
  ServerObject,
  VolumeObject,
} from '../../../../compute/portable/resources.ts';
import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import type { Volume } from '../../block-storage/volumes/types.ts';
import type { Server } from '../../compute/servers/types.ts';
import { absentOnNotFound } from '../../find.ts';
import { findImagesByName } from '../../image/images/operations.ts';
import { createServiceClient } from '../../service-client.ts';
import type { OpenStackNodeDriver } from '../driver.ts';
import { deleted } from './absent.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function serverHealth(status: string): PortHealth {
  if (status === 'ACTIVE' || status === 'SHUTOFF') return 'ready';
  return status === 'ERROR' ? 'failed' : 'pending';
}

function address(server: Server, type: 'fixed' | 'floating'): string | undefined {
  return Object.values(server.addresses)
    .flat()
    .find((a) => a.type === type)?.addr;
}

const server = (s: Server): ServerObject => ({
  id: s.id,
  name: s.name,
  mark: s.metadata,
  health: serverHealth(s.status),
  reason: s.fault?.message,
  status: s.status.toLowerCase(),
  privateIp: address(s, 'fixed'),
  publicIp: address(s, 'floating'),
});

function volumeHealth(status: string): PortHealth {
  if (status === 'available' || status === 'in-use') return 'ready';
  return status.startsWith('error') ? 'failed' : 'pending';
}

const volume = (v: Volume): VolumeObject => ({
  id: v.id,
  name: v.name,
  mark: v.metadata,
  health: volumeHealth(v.status),
  reason: undefined,
  status: v.status,
  sizeGb: v.sizeGb,
  attachments: v.attachments.map((a) => ({ serverId: a.serverId, device: a.device })),
});

type ComputePorts = Pick<PortableResources, 'servers' | 'volumes' | 'keyPairs' | 'findId'>;

/**
 * The direct engine's Nova, Cinder and Glance calls over the OpenStack driver.
 *
 * @param driver - The OpenStack driver (with block storage wired).
 * @returns The compute half of the ports.
 */
export function computePorts(driver: OpenStackNodeDriver): ComputePorts {
  const nova = driver.ext.compute;
  const cinder = driver.ext.blockStorage;
  return {
    servers: {
      list: async (name, s) =>
        (await Array.fromAsync(nova.listServers(name === undefined ? {} : { name: `^${name}$` }, s))).map(
          server,
        ),
      get: async (id, s) =>
        (await absentOnNotFound(nova.getServer(id, s)).then((v) => v && server(v))) ?? undefined,
      create: async (b, s) => {
        const networks = [
          ...b.networkIds.map((networkId) => ({ networkId })),
          ...b.portIds.map((portId) => ({ portId })),
        ];
        const groups = b.securityGroupIds.length === 0 ? undefined : b.securityGroupIds;
        const created = await nova.createServer(
          {
            name: b.name,
            flavorId: b.flavorId,
            imageId: b.imageId,
            networks,
            keyName: b.keyName,
            securityGroups: groups,
            userData: b.userData,
            availabilityZone: b.availabilityZone,
            metadata: b.metadata,
          },
          s,
        );
        return server(await nova.getServer(created.id, s));
      },
      delete: async (id, s) => deleted(driver.destroyNode(id, s)),
    },
    volumes: {
      list: async (name, s) =>
        (await Array.fromAsync(cinder.listVolumes(name === undefined ? {} : { name }, s))).map(volume),
      get: async (id, s) =>
        (await absentOnNotFound(cinder.getVolume(id, s)).then((v) => v && volume(v))) ?? undefined,
      create: async (b, s) =>
        volume(
          await cinder.createVolume(
            { name: b.name, sizeGb: b.sizeGb, volumeType: b.volumeType, metadata: b.metadata },
            s,
          ),
        ),
      delete: (id, s) => deleted(cinder.deleteVolume(id, {}, s)),
      attach: async (serverId, volumeId, s) => void (await cinder.attachVolume(serverId, volumeId, {}, s)),
      detach: (serverId, volumeId, s) => deleted(cinder.detachVolume(serverId, volumeId, {}, s)),
    },
    keyPairs: {
      list: async (name, s) => {
        const all = await Array.fromAsync(driver.listKeyPairs(s));
        return all
          .filter((k) => name === undefined || k.name === name)
          .map((k) => ({
            id: k.name,
            name: k.name,
            mark: undefined,
            health: 'ready' as const,
            reason: undefined,
            fingerprint: k.fingerprint,
            publicKey: k.publicKey,
          }));
      },
      get: async (id, s) => {
        const k = await driver.getKeyPair(id, s);
        return (
          k && {
            id: k.name,
            name: k.name,
            mark: undefined,
            health: 'ready',
            reason: undefined,
            fingerprint: k.fingerprint,
            publicKey: k.publicKey,
          }
        );
      },
      create: async (b, s) => {
        const k = await driver.importKeyPairFromString(b.name, b.publicKey, s);
        return {
          id: k.name,
          name: k.name,
          mark: undefined,
          health: 'ready',
          reason: undefined,
          fingerprint: k.fingerprint,
          publicKey: k.publicKey,
        };
      },
      delete: (id, s) => deleted(driver.deleteKeyPair(id, s)),
    },
    findId: async (kind, nameOrId, s) => {
      if (kind === 'flavor') {
        const all = await Array.fromAsync(nova.listFlavors({ isPublic: undefined }, s));
        const found = all.filter((f) => f.id === nameOrId || f.name === nameOrId);
        return found.find((f) => f.id === nameOrId)?.id ?? unique(found, nameOrId, 'flavor');
      }
      if (UUID.test(nameOrId)) return nameOrId;
      const endpoint = await driver.session.endpointFor({ type: 'image' }, s);
      const glance = createServiceClient({
        serviceType: 'image',
        name: 'Glance',
        endpoint,
        send: driver.session.send,
      });
      return unique(await findImagesByName(glance, nameOrId, s), nameOrId, 'image');
    },
  };
}

function unique(found: readonly { id: string }[], name: string, what: string): string | undefined {
  if (found.length > 1)
    throw new ConfigurationError(`${found.length} ${what}s are named "${name}"; use the id`);
  return found[0]?.id;
}
