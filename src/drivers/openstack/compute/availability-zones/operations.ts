import { paginate } from '../../pagination.ts';
import type { ComputeClient } from '../client.ts';
import { buildListAvailabilityZonesRequest } from './requests.ts';
import { parseAvailabilityZone } from './results.ts';
import type { AvailabilityZone } from './types.ts';

/**
 * Lists availability zones (one GET; Nova does not page them).
 *
 * @param client - The compute client.
 * @param detail - The admin view with hosts. @defaultValue `false`
 * @param signal - Aborts the request.
 * @returns An async iterable of zones.
 */
export function listAvailabilityZones(
  client: ComputeClient,
  detail = false,
  signal?: AbortSignal,
): AsyncGenerator<AvailabilityZone, void, undefined> {
  return paginate(
    client.service,
    buildListAvailabilityZonesRequest(detail),
    { itemsKey: 'availabilityZoneInfo', parse: parseAvailabilityZone, next: () => undefined },
    signal,
  );
}
