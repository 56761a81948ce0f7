export {
  type BlockDeviceMapping,
  buildCreateServerRequest,
  type CreateServerOptions,
  type ServerNetwork,
} from './create-request.ts';
export {
  createServer,
  deleteServer,
  findServer,
  getServer,
  listServers,
  listServersAs,
  updateServer,
} from './operations.ts';
export {
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
  type UpdateServerOptions,
} from './requests.ts';
export { parseCreatedServer, parseServer } from './results.ts';
export type {
  CreatedServer,
  ListServersOptions,
  Server,
  ServerAddress,
  ServerFault,
  ServerFlavor,
} from './types.ts';
export { waitForServerStatus } from './waiters.ts';
