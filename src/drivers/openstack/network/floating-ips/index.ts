export {
  allocateFloatingIp,
  attachFloatingIp,
  detachFloatingIp,
  findFloatingIp,
  getFloatingIp,
  listFloatingIps,
  releaseFloatingIp,
} from './operations.ts';
export {
  buildAllocateFloatingIpRequest,
  buildListFloatingIpsRequest,
  buildSetFloatingIpPortRequest,
} from './requests.ts';
export { parseFloatingIp } from './results.ts';
export { attachFloatingIpToServer, listServerFloatingIps } from './server.ts';
export type {
  AllocateFloatingIpOptions,
  AttachToServerOptions,
  FloatingIp,
  ListFloatingIpsOptions,
} from './types.ts';
