export { attachServerInterface, detachServerInterface, listServerInterfaces } from './operations.ts';
export {
  buildAttachInterfaceRequest,
  buildDetachInterfaceRequest,
  buildListInterfacesRequest,
} from './requests.ts';
export { parseServerInterface } from './results.ts';
export type { AttachInterfaceOptions, ServerInterface } from './types.ts';
