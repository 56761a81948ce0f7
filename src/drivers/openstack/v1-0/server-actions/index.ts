export {
  confirmV10Resize,
  rebootV10Server,
  rebuildV10Server,
  resizeV10Server,
  revertV10Resize,
} from './operations.ts';
export {
  buildConfirmResizeRequest,
  buildRebootServerRequest,
  buildRebuildServerRequest,
  buildResizeServerRequest,
  buildRevertResizeRequest,
} from './requests.ts';
export { V10RebootType } from './types.ts';
