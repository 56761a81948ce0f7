import type { ServiceRequest } from '../../service-client.ts';
import { segment } from '../path-segment.ts';
import type { ListFlavorsOptions } from './types.ts';

/**
 * @param options - Filters and page size.
 * @returns The first page request of `GET /flavors/detail`.
 */
export function buildListFlavorsRequest(options: ListFlavorsOptions): ServiceRequest {
  const isPublic = options.isPublic === 'all' ? 'None' : options.isPublic;
  return {
    method: 'GET',
    path: 'flavors/detail',
    query: {
      minRam: options.minRamMiB,
      minDisk: options.minDiskGb,
      is_public: isPublic,
      limit: options.pageSize,
    },
    expect: [200],
  };
}

/**
 * @param id - The flavor id.
 * @returns The request for `GET /flavors/{id}`.
 */
export function buildGetFlavorRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `flavors/${segment(id, 'flavor id')}`, expect: [200] };
}

/**
 * @param id - The flavor id.
 * @returns The request for `GET /flavors/{id}/os-extra_specs`.
 */
export function buildGetFlavorExtraSpecsRequest(id: string): ServiceRequest {
  return { method: 'GET', path: `flavors/${segment(id, 'flavor id')}/os-extra_specs`, expect: [200] };
}
