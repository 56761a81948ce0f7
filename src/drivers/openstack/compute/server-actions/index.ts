export {
  changeServerPassword,
  createServerImage,
  getConsoleOutput,
  getRemoteConsole,
  lockServer,
  rebootServer,
  rebuildServer,
  rescueServer,
  resizeServer,
  runServerAction,
} from './operations.ts';
export {
  buildChangePasswordRequest,
  buildConsoleOutputRequest,
  buildCreateServerImageRequest,
  buildLockRequest,
  buildRebootRequest,
  buildRebuildRequest,
  buildRemoteConsoleRequest,
  buildRescueRequest,
  buildResizeRequest,
  buildServerActionRequest,
  buildSimpleActionRequest,
} from './requests.ts';
export { parseConsoleOutput, parseCreatedImageId, parseRemoteConsole, parseRescue } from './results.ts';
export {
  type RebuildServerOptions,
  type RemoteConsole,
  type RemoteConsoleOptions,
  type RescueServerOptions,
  SimpleServerAction,
} from './types.ts';
