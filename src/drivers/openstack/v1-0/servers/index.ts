export {
  createV10Server,
  deleteV10Server,
  getV10Server,
  listV10ServerDetails,
  listV10Servers,
  updateV10Server,
} from './operations.ts';
export {
  buildCreateServerRequest,
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
} from './requests.ts';
export { parseV10Server, parseV10ServerBody, parseV10ServerRef } from './results.ts';
export type {
  CreateV10ServerOptions,
  ListV10ServersOptions,
  UpdateV10ServerOptions,
  V10PersonalityFile,
  V10Server,
  V10ServerRef,
} from './types.ts';
