/**
 * The driver-API facade: provider-neutral, intent-level work over any driver that offers the portable
 * capabilities — the one find rule, deployment documents (plan / apply / destroy / adopt / reconcile) on the
 * direct or stack engine, operation handles any process can poll, and CPI calls with BOSH semantics. Failures
 * carry Brent's failure codes.
 *
 * @packageDocumentation
 */

export { AmbiguousResourceError } from '../errors/ambiguous-resource-error.ts';
export { ConfigurationError } from '../errors/configuration-error.ts';
// --- CPI ---
export type { CpiCallOptions, DeleteOutcome } from './cpi/context.ts';
export type { AttachDiskResult, Cpi } from './cpi/cpi.ts';
export { CpiError } from './cpi/cpi-error.ts';
export type { CreatedVm, CreateVmOptions } from './cpi/create-vm.ts';
export { type CreateDiskOptions, diskSizeGb, MIN_DISK_MIB } from './cpi/disks.ts';
export { type CreateStemcellOptions, LIGHT_SUFFIX } from './cpi/stemcells.ts';
export { createFacade } from './create-facade.ts';
// --- documents ---
export type { RunOptions } from './document/apply.ts';
export { ResourceUnhealthyError } from './document/apply.ts';
export type { Health, LookupKind, Observed } from './document/backend.ts';
export { DocumentError } from './document/document-error.ts';
export { type ParseDocumentOptions, parseDocument } from './document/parse.ts';
export { type DeploymentReport, PlanAction, type ResourceReport } from './document/report.ts';
export { ReferencedObjectNotFoundError } from './document/resolver.ts';
export {
  type AdoptedResource,
  type DeploymentDocument,
  DocumentKind,
  type JsonMap,
  type JsonValue,
  type KindProperties,
  type ManagedResource,
  type OutputSpec,
  type ResourceBase,
  type ResourceRef,
  type ResourceSpec,
  type ResourceSpecOf,
  type RuleSpec,
  type Target,
} from './document/types.ts';
export type { DeploymentEngine } from './engines/engine.ts';
export { StackOperationFailedError } from './engines/stack/apply.ts';
export type { Facade, FacadeOptions } from './facade.ts';
export { type Failure, FailureCode } from './failure/failure-code.ts';
export { toFailureCode } from './failure/to-failure-code.ts';
export { type FindableKind, type FindableKinds, find } from './find.ts';
// --- operation handles and failure codes ---
export { decodeHandle, encodeHandle, type HandleBody, type OperationHandle } from './handles/handle.ts';
export type { OperationStatus, Outputs, Topology } from './handles/operation-status.ts';
