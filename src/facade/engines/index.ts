// The document engines: named re-exports for src/facade/index.ts.

export { directProvider } from './direct/backends/index.ts';
export type { ComputeCapabilities } from './direct/from-capabilities/compute.ts';
export { type DirectCapabilities, portsFromCapabilities } from './direct/from-capabilities/index.ts';
export type { NetworkCapabilities } from './direct/from-capabilities/network.ts';
export type {
  Collection,
  DirectPorts,
  FloatingIpObject,
  KeyPairObject,
  NetworkPortObject,
  PortHealth,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  ServerObject,
  SubnetObject,
  VolumeObject,
} from './direct/ports.ts';
export { directEngine } from './direct.ts';
export type { DeploymentEngine } from './engine.ts';
export { type DeploymentOperation, operationStatus, startOperation } from './operation.ts';
export { StackOperationFailedError } from './stack/apply.ts';
export { stackPortFromCapabilities } from './stack/from-capabilities.ts';
export type { HotResource, HotTemplate } from './stack/hot-types.ts';
export type { StackOutput } from './stack/outputs.ts';
export type { StackPort, StackResourceState, StackState } from './stack/stack-port.ts';
export { type StackTranslation, translateToHot } from './stack/template.ts';
export { stackEngine } from './stack.ts';
