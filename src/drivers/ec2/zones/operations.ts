import type { NodeLocation } from '../../../compute/models/location.ts';
import type { QueryClient } from '../client/client.ts';
import { itemsOf, requireText, textOf } from '../client/xml.ts';

/** EC2's own fields of a location (an availability zone). */
export interface Ec2LocationExtra {
  /** The region, e.g. `us-east-1`. */
  readonly region: string | undefined;
  /** The zone id, e.g. `use1-az1`. */
  readonly zoneId: string | undefined;
  /** `available`, `impaired`, … */
  readonly state: string | undefined;
}

/** An EC2 region. */
export interface Ec2Region {
  /** E.g. `eu-west-1`. */
  readonly name: string;
  /** Its EC2 endpoint host. */
  readonly endpoint: string | undefined;
}

/**
 * Lists the availability zones of the region (`DescribeAvailabilityZones`).
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the request.
 * @returns The zones as locations.
 */
export async function listZones(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<NodeLocation<Ec2LocationExtra>[]> {
  const answer = await client.call('DescribeAvailabilityZones', {}, { idempotent: true, signal });
  return itemsOf(answer, 'availabilityZoneInfo').map((item, i) => {
    const name = requireText(item, 'zoneName', `availabilityZoneInfo[${i}]`);
    return {
      id: name,
      name,
      country: undefined,
      extra: {
        region: textOf(item, 'regionName'),
        zoneId: textOf(item, 'zoneId'),
        state: textOf(item, 'zoneState'),
      },
    };
  });
}

/**
 * Lists the regions (`DescribeRegions`).
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the request.
 * @returns The regions.
 */
export async function listRegions(client: QueryClient, signal?: AbortSignal): Promise<Ec2Region[]> {
  const answer = await client.call('DescribeRegions', {}, { idempotent: true, signal });
  return itemsOf(answer, 'regionInfo').map((item, i) => ({
    name: requireText(item, 'regionName', `regionInfo[${i}]`),
    endpoint: textOf(item, 'regionEndpoint'),
  }));
}
