export {
  allocateFloatingIp,
  attachFloatingIp,
  attachFloatingIpToServer,
  detachFloatingIp,
  findFloatingIp,
  getFloatingIp,
  listFloatingIps,
  listServerFloatingIps,
  releaseFloatingIp,
} from './operations.ts';
export {
  buildAllocateFloatingIpRequest,
  buildListFloatingIpsRequest,
  buildSetFloatingIpPortRequest,
} from './requests.ts';
export { parseFloatingIp } from './results.ts';
export type {
  AllocateFloatingIpOptions,
  AttachToServerOptions,
  FloatingIp,
  ListFloatingIpsOptions,
} from './types.ts';
