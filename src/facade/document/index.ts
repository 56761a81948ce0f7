// Deployment documents (Open4k semantics): named re-exports for src/facade/index.ts.
export { applyDirect, ResourceUnhealthyError, type RunOptions } from './apply.ts';
export type {
  Backends,
  Convergence,
  DirectProvider,
  Health,
  KindBackend,
  LookupKind,
  Observed,
  Resolver,
} from './backend.ts';
export { destroyDirect } from './destroy.ts';
export { DocumentError } from './document-error.ts';
export { buildGraph, type DeploymentGraph } from './graph.ts';
export { type ParseDocumentOptions, parseDocument } from './parse.ts';
export { planDirect } from './plan.ts';
export { type DeploymentReport, PlanAction, type ResourceReport } from './report.ts';
export { ReferencedObjectNotFoundError } from './resolver.ts';
export {
  applyStatus,
  type DeploymentStatus,
  destroyStatus,
  type StatusDocument,
  type StatusResource,
  statusDocument,
} from './status.ts';
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
} from './types.ts';
