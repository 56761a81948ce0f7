import type { ProvisionNodeOptions } from '../../../../compute/models/provision.ts';
import type { ProvisioningService } from '../../../../compute/services/provisioning.ts';
import type { ComputeClient } from '../../compute/client.ts';
import { getServerMetadata, setServerMetadata } from '../../compute/metadata/operations.ts';
import type { BlockDeviceMapping, CreateServerOptions } from '../../compute/servers/create-request.ts';
import { createServer, getServer } from '../../compute/servers/operations.ts';
import { serverToNode } from '../../mapping.ts';
import { toCreateServerOptions } from '../create-node-options.ts';

function bootVolume(options: ProvisionNodeOptions, imageId: string | undefined): BlockDeviceMapping[] {
  if (options.bootVolumeGb === undefined) return [];
  return [
    {
      sourceType: 'image',
      destinationType: 'volume',
      uuid: imageId,
      bootIndex: 0,
      volumeSizeGb: options.bootVolumeGb,
      deleteOnTermination: true,
    },
  ];
}

/**
 * Turns portable provisioning options into Nova's create options.
 *
 * @param options - The portable options.
 * @returns Nova's create options (boot from a volume when `bootVolumeGb` is set).
 * @throws {@link ConfigurationError} when `size` is missing.
 */
export function toProvisionServerOptions(options: ProvisionNodeOptions): CreateServerOptions {
  const base = toCreateServerOptions({
    name: options.name,
    size: options.size,
    image: options.image,
    location: options.location,
    keyName: options.keyName,
  });
  const mappings = bootVolume(options, base.imageId);
  return {
    ...base,
    imageId: mappings.length > 0 ? undefined : base.imageId,
    blockDeviceMappings: mappings.length > 0 ? mappings : undefined,
    networks: options.networks?.map((n) => ({
      networkId: n.networkId,
      portId: n.portId,
      fixedIp: n.fixedIp,
    })),
    securityGroups: options.securityGroups,
    userData: options.userData,
    metadata: options.metadata,
  };
}

/**
 * The portable provisioning service of the OpenStack driver, over Nova.
 *
 * @param compute - Resolves the compute client.
 * @returns The {@link ProvisioningService}.
 */
export function createProvisioningService(
  compute: (signal?: AbortSignal) => Promise<ComputeClient>,
): ProvisioningService {
  const service: ProvisioningService = {
    provisionNode: async (options, signal) => {
      const client = await compute(signal);
      const created = await createServer(client, toProvisionServerOptions(options), signal);
      return serverToNode(await getServer(client, created.id, signal));
    },
    getNodeMetadata: async (nodeId, signal) => getServerMetadata(await compute(signal), nodeId, signal),
    setNodeMetadata: async (nodeId, entries, signal) => {
      await setServerMetadata(await compute(signal), nodeId, entries, 'merge', signal);
    },
  };
  return Object.freeze(service);
}
