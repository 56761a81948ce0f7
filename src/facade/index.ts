/**
 * The driver-API facade (`stratus/facade`): provider-neutral, intent-level operations over a built driver —
 * the one find rule, CPI operations with BOSH OpenStack CPI semantics, poll-able operation handles, and one
 * table from errors to failure codes. It imports only the portable compute API and the errors.
 *
 * @packageDocumentation
 */
export { type AmbiguousCandidate, AmbiguousResourceError } from '../errors/ambiguous-resource-error.ts';
export { ConfigurationError } from '../errors/configuration-error.ts';
export { NotSupportedError } from '../errors/not-supported-error.ts';
export { type FacadeContext, need, resolveFacadeOptions } from './context.ts';
export type { CreateDiskOptions } from './cpi/create-disk.ts';
export { type CreateStemcellOptions, LIGHT_SUFFIX } from './cpi/create-stemcell.ts';
export { DiskSizeError, diskSizeGb, MIN_DISK_MIB } from './cpi/disk-size.ts';
export type { CreatedVm, CreateVmOptions, VmNetwork } from './cpi/vm-types.ts';
export { type CpiOperations, createFacade, type Facade } from './create-facade.ts';
export { type DeploymentOperations, deploymentsOver, type EngineName } from './deployments.ts';
export { applyDirect, ResourceUnhealthyError, type RunOptions } from './document/apply.ts';
export type {
  Backends,
  Convergence,
  DirectProvider,
  Health,
  KindBackend,
  LookupKind,
  Observed,
  Resolver,
} from './document/backend.ts';
export { destroyDirect } from './document/destroy.ts';
export { DocumentError } from './document/document-error.ts';
export { buildGraph, type DeploymentGraph } from './document/graph.ts';
export { type ParseDocumentOptions, parseDocument } from './document/parse.ts';
export { planDirect } from './document/plan.ts';
export { type DeploymentReport, PlanAction, type ResourceReport } from './document/report.ts';
export { ReferencedObjectNotFoundError } from './document/resolver.ts';
export {
  applyStatus,
  type DeploymentStatus,
  destroyStatus,
  type StatusDocument,
  type StatusResource,
  statusDocument,
} from './document/status.ts';
export {
  type AdoptedResource,
  type DeploymentDocument,
  DocumentKind,
  type JsonMap,
  type JsonValue,
  type KindProperties,
  type ManagedResource,
  type OutputSpec,
  type ResourceRef,
  type ResourceSpec,
  type ResourceSpecOf,
  type RuleSpec,
  type Target,
} from './document/types.ts';
export { directProvider } from './engines/direct/backends/index.ts';
export type { ComputeCapabilities } from './engines/direct/from-capabilities/compute.ts';
export { type DirectCapabilities, portsFromCapabilities } from './engines/direct/from-capabilities/index.ts';
export type { NetworkCapabilities } from './engines/direct/from-capabilities/network.ts';
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
} from './engines/direct/ports.ts';
export { directEngine } from './engines/direct.ts';
export type { DeploymentEngine } from './engines/engine.ts';
export { type DeploymentOperation, operationStatus, startOperation } from './engines/operation.ts';
export { StackOperationFailedError } from './engines/stack/apply.ts';
export { stackPortFromCapabilities } from './engines/stack/from-capabilities.ts';
export type { HotResource, HotTemplate } from './engines/stack/hot-types.ts';
export type { StackOutput } from './engines/stack/outputs.ts';
export type { StackPort, StackResourceState, StackState } from './engines/stack/stack-port.ts';
export { type StackTranslation, translateToHot } from './engines/stack/template.ts';
export { stackEngine } from './engines/stack.ts';
export { FacadeOperationError, type FacadeOperationErrorOptions } from './failure/facade-error.ts';
export { type Failure, FailureCode } from './failure/failure-code.ts';
export { stateToFailure, toFailureCode } from './failure/to-failure-code.ts';
export { find } from './find.ts';
export { decodeHandle, InvalidHandleError } from './handles/decode.ts';
export { fromDeploymentStatus } from './handles/deployment-status.ts';
export { encodeHandle, HANDLE_PREFIX } from './handles/encode.ts';
export { type DeploymentPollers, status } from './handles/status.ts';
export type {
  CpiHandleData,
  DeploymentHandleData,
  HandleBase,
  HandleKind,
  HandlePayload,
  OperationHandle,
  OperationStatus,
  Outputs,
  Topology,
} from './handles/types.ts';
export type {
  DeleteOutcome,
  FacadeDriver,
  FacadeOptions,
  ResolvedFacadeOptions,
  ResourceKind,
  ResourceKinds,
  ResourceOf,
  WaitControl,
} from './types.ts';
