export type { V10ComputeSettings } from './context.ts';
export { type OpenStackV10CreateNodeOptions, toCreateV10ServerOptions } from './create-node-options.ts';
export { OpenStackV10NodeDriver } from './driver.ts';
export { createV10ComputeExtension, type V10ComputeExtension } from './extension.ts';
export {
  V10_STATUS_TO_NODE_STATE,
  v10FlavorToSize,
  v10ImageToNodeImage,
  v10ServerToNode,
} from './mapping.ts';
export type { OpenStackV10DriverOptions, OpenStackV10Extensions } from './types.ts';
