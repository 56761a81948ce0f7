// The `stratus/openstack` entry point: named re-exports only, no logic. Each area adds lines inside its section.

// --- service plumbing ---
export { linksNext, type NextPage, type PaginateOptions, paginate } from './pagination.ts';
export {
  createServiceClient,
  resolveServiceUrl,
  type ServiceClient,
  type ServiceClientOptions,
  type ServiceRequest,
} from './service-client.ts';

// --- compute (Nova) ---

// --- image (Glance) ---

// --- network (Neutron) ---

// --- block-storage (Cinder) ---

// --- orchestration (Heat) ---
