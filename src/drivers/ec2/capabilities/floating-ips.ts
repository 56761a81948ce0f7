// Elastic IPs (VPC domain) as floating IPs; a port is a network interface.
import type { FloatingIp } from '../../../compute/models/floating-ip.ts';
import type { FloatingIpService } from '../../../compute/services/floating-ips.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { QueryClient } from '../client/client.ts';
import { itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';
import { createTags, describe, orAbsent, withMarks } from './common.ts';
import { AMAZON_POOL } from './networks.ts';

/** EC2's own fields of a floating IP (an Elastic IP). */
export interface Ec2FloatingIpExtra {
  /** The association, when associated. */
  readonly associationId: string | undefined;
  /** The instance it reaches, when associated. */
  readonly instanceId: string | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Reads an Elastic IP.
 * @param item - An `addressesSet` item.
 * @returns The floating IP (`id` is the allocation id; `networkId` the pool, `amazon` unless BYOIP; `description`
 * the `Description` tag).
 */
export function toFloatingIp(item: XmlNode): FloatingIp<Ec2FloatingIpExtra> {
  const associationId = textOf(item, 'associationId');
  const tags = tagsOf(item);
  return Object.freeze({
    id: requireText(item, 'allocationId', 'address'),
    address: requireText(item, 'publicIp', 'address'),
    networkId: textOf(item, 'publicIpv4Pool') ?? AMAZON_POOL,
    portId: textOf(item, 'networkInterfaceId'),
    fixedIpAddress: textOf(item, 'privateIpAddress'),
    status: associationId === undefined ? 'DOWN' : 'ACTIVE',
    description: tags.Description,
    extra: Object.freeze({ associationId, instanceId: textOf(item, 'instanceId'), tags }),
  });
}

/**
 * The portable floating IP service of the EC2 driver, over Elastic IPs in the VPC domain.
 *
 * @param ec2 - The EC2 client.
 * @returns The {@link FloatingIpService}.
 */
export function createEc2FloatingIps(ec2: QueryClient): FloatingIpService {
  const get = (id: string, signal?: AbortSignal) =>
    orAbsent(async () => {
      const item = itemsOf(
        await describe(ec2, 'DescribeAddresses', { AllocationId: [id] }, signal),
        'addressesSet',
      )[0];
      return item === undefined ? undefined : toFloatingIp(item);
    });
  const must = async (id: string, signal?: AbortSignal) => {
    const found = await get(id, signal);
    if (found === undefined) throw new ConfigurationError(`EC2 has no Elastic IP ${id}`);
    return found;
  };
  const associate = async (id: string, portId: string | null, signal?: AbortSignal) => {
    if (portId === null) {
      const associationId = (await must(id, signal)).extra.associationId;
      if (associationId !== undefined)
        await ec2.call('DisassociateAddress', { AssociationId: associationId }, { signal });
    } else {
      const params = { AllocationId: id, NetworkInterfaceId: portId, AllowReassociation: true };
      await ec2.call('AssociateAddress', params, { signal });
    }
    return must(id, signal);
  };
  const service: FloatingIpService = {
    listFloatingIps: async function* (signal) {
      const answer = await describe(
        ec2,
        'DescribeAddresses',
        { Filter: [{ Name: 'domain', Value: ['vpc'] }] },
        signal,
      );
      for (const item of itemsOf(answer, 'addressesSet')) yield toFloatingIp(item);
    },
    getFloatingIp: get,
    allocateFloatingIp: async (options, signal) => {
      const pool = options.networkId === AMAZON_POOL ? undefined : options.networkId;
      // Elastic IPs have no description: it is kept in a `Description` tag set by the allocation itself, so an
      // ownership mark passed as the description can never be missing from a new address.
      const params = {
        Domain: 'vpc',
        PublicIpv4Pool: pool,
        TagSpecification: tagSpecification(
          createTags(
            options.description === undefined ? {} : { Description: options.description },
            options.marks,
          ),
          'elastic-ip',
        ),
      };
      const answer = await ec2.call('AllocateAddress', params, { signal });
      const id = requireText(answer, 'allocationId', 'AllocateAddressResponse');
      const made =
        options.portId === undefined ? await must(id, signal) : await associate(id, options.portId, signal);
      return withMarks(made, options.marks);
    },
    associateFloatingIp: associate,
    releaseFloatingIp: async (id, signal) => {
      await ec2.call('ReleaseAddress', { AllocationId: id }, { signal });
    },
  };
  return Object.freeze(service);
}
