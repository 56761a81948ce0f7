// RunInstances with a subnet (or network interfaces), security groups, user data and tags; node metadata
// is the instance's tags besides Name.
import type { NodeNetworkAttachment, ProvisionNodeOptions } from '../../../compute/models/provision.ts';
import { refId } from '../../../compute/models/ref-id.ts';
import type { ProvisioningService } from '../../../compute/services/provisioning.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import { NotSupportedError } from '../../../errors/not-supported-error.ts';
import type { QueryClient } from '../client/client.ts';
import { filters } from '../client/query.ts';
import { itemsOf, textOf } from '../client/xml.ts';
import { getImage } from '../images/operations.ts';
import { type RunInstanceOptions, runInstance } from '../instances/operations.ts';
import { describe, marksToTags, withoutName } from './common.ts';
import { subnetFor } from './ports.ts';

/**
 * Security groups by id (`sg-…`) or by name in the VPC.
 * @param ec2 - The EC2 client. @param groups - Ids or names. @param vpcId - The VPC names are looked up in.
 * @param signal - Aborts.
 * @returns The ids.
 * @throws {@link ConfigurationError} for a name no group (or several) has.
 */
async function groupIds(
  ec2: QueryClient,
  groups: readonly string[],
  vpcId: string | undefined,
  signal?: AbortSignal,
): Promise<string[]> {
  const ids: string[] = [];
  for (const group of groups) {
    if (group.startsWith('sg-')) {
      ids.push(group);
      continue;
    }
    const wanted: Record<string, readonly string[]> = { 'group-name': [group] };
    if (vpcId !== undefined) wanted['vpc-id'] = [vpcId];
    const answer = await describe(ec2, 'DescribeSecurityGroups', { Filter: filters(wanted) }, signal);
    const found = itemsOf(answer, 'securityGroupInfo').flatMap((g) => textOf(g, 'groupId') ?? []);
    if (found.length !== 1)
      throw new ConfigurationError(
        `${found.length} security groups are named "${group}"${vpcId ? ` in ${vpcId}` : ''}; give its id`,
      );
    ids.push(...found);
  }
  return ids;
}

async function placement(
  ec2: QueryClient,
  networks: readonly NodeNetworkAttachment[],
  signal?: AbortSignal,
): Promise<
  Pick<RunInstanceOptions, 'subnetId' | 'privateIpAddress' | 'networkInterfaceIds'> & { vpcId?: string }
> {
  if (networks.length === 0) return {};
  const ports = networks.flatMap((n) => n.portId ?? []);
  if (ports.length === networks.length) return { networkInterfaceIds: ports };
  const [only, ...more] = networks;
  if (only?.networkId === undefined || more.length > 0 || ports.length > 0)
    throw new NotSupportedError('EC2 provisioning takes one network, or only ports (network interfaces)');
  const subnetId = await subnetFor(ec2, only.networkId, { ipAddress: only.fixedIp }, signal);
  return { subnetId, privateIpAddress: only.fixedIp, vpcId: only.networkId };
}

async function rootVolume(
  ec2: QueryClient,
  imageId: string,
  sizeGb: number | undefined,
  signal?: AbortSignal,
) {
  if (sizeGb === undefined) return undefined;
  const deviceName = (await getImage(ec2, imageId, signal))?.extra.rootDeviceName;
  if (deviceName === undefined) throw new ConfigurationError(`image ${imageId} names no root device to size`);
  return { deviceName, sizeGb };
}

/**
 * The portable provisioning service of the EC2 driver. A network is a VPC: the instance goes into its only
 * subnet (or the one holding `fixedIp`); ports are network interfaces; security groups are ids or names in
 * that VPC; metadata becomes tags.
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link ProvisioningService}.
 */
export function createEc2Provisioning(ec2: QueryClient): ProvisioningService {
  const service: ProvisioningService = {
    provisionNode: async (options: ProvisionNodeOptions, signal) => {
      if (options.image === undefined)
        throw new ConfigurationError('provisionNode: EC2 needs an image (an AMI id)');
      const imageId = refId(options.image);
      const { vpcId, ...where } = await placement(ec2, options.networks ?? [], signal);
      const groups = await groupIds(ec2, options.securityGroups ?? [], vpcId, signal);
      return runInstance(
        ec2,
        {
          name: options.name,
          imageId,
          instanceType: refId(options.size),
          keyName: options.keyName,
          availabilityZone: options.location === undefined ? undefined : refId(options.location),
          ...where,
          securityGroupIds: groups.length === 0 ? undefined : groups,
          userData: options.userData,
          tags: options.metadata,
          rootVolume: await rootVolume(ec2, imageId, options.bootVolumeGb, signal),
        },
        signal,
      );
    },
    getNodeMetadata: async (id, signal) => {
      const answer = await describe(
        ec2,
        'DescribeTags',
        { Filter: filters({ 'resource-id': [id] }) },
        signal,
      );
      const tags: Record<string, string> = {};
      for (const t of itemsOf(answer, 'tagSet')) tags[textOf(t, 'key') ?? ''] = textOf(t, 'value') ?? '';
      return withoutName(tags);
    },
    setNodeMetadata: async (id, entries, signal) => {
      const marks = Object.entries(entries).map(([k, v]) => `${k}=${v}`);
      if (marks.length > 0)
        await ec2.call(
          'CreateTags',
          { ResourceId: [id], Tag: marksToTags(marks) },
          { idempotent: true, signal },
        );
    },
  };
  return Object.freeze(service);
}
