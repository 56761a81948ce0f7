/**
 * The driver-API facade (`stratus/facade`): provider-neutral, intent-level operations over a built driver —
 * the one find rule, CPI operations with BOSH OpenStack CPI semantics, poll-able operation handles, and one
 * table from errors to failure codes. It imports only the portable compute API and the errors.
 *
 * @packageDocumentation
 */
export { AmbiguousResourceError, type ResourceCandidate } from '../errors/ambiguous-resource-error.ts';
export { ConfigurationError } from '../errors/configuration-error.ts';
export { NotSupportedError } from '../errors/not-supported-error.ts';
export { type FacadeContext, need, resolveFacadeOptions } from './context.ts';
export type { CreateDiskOptions } from './cpi/create-disk.ts';
export { type CreateStemcellOptions, LIGHT_SUFFIX } from './cpi/create-stemcell.ts';
export { DiskSizeError, diskSizeGb, MIN_DISK_MIB } from './cpi/disk-size.ts';
export type { CreatedVm, CreateVmOptions, VmNetwork } from './cpi/vm-types.ts';
export { type CpiOperations, createFacade, type Facade } from './create-facade.ts';
export { FacadeOperationError, type FacadeOperationErrorOptions } from './failure/facade-error.ts';
export { type Failure, FailureCode } from './failure/failure-code.ts';
export { stateToFailure, toFailureCode } from './failure/to-failure-code.ts';
export { find } from './find.ts';
export { decodeHandle, InvalidHandleError } from './handles/decode.ts';
export { encodeHandle, HANDLE_PREFIX } from './handles/encode.ts';
export { status } from './handles/status.ts';
export type {
  CpiHandleData,
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
