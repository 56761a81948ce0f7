export { listAvailabilityZones } from './operations.ts';
export { buildListAvailabilityZonesRequest } from './requests.ts';
export { parseAvailabilityZone } from './results.ts';
export type { AvailabilityZone } from './types.ts';
