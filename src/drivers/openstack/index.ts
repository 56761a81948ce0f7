// `stratus/openstack`: the OpenStack drivers, their extension types, the microversion helpers and the names
// every OpenStack user needs (errors, NodeState). The services' operations are under `stratus/openstack/<service>`;
// request builders and response parsers under `stratus/openstack/wire`. Named re-exports only (see docs/api.md).

export {
  NodeState,
  ResourceFailedError,
  supports,
} from '../../compute/index.ts';
export {
  AmbiguousResourceError,
  BadRequestError,
  CloudError,
  ConfigurationError,
  ConflictError,
  ForbiddenError,
  HttpError,
  KeyPairNotFoundError,
  NotFoundError,
  NotSupportedError,
  RateLimitError,
  ResponseShapeError,
  TimeoutError,
} from '../../errors/index.ts';
export type { JsonObject } from '../../shape/expect.ts';
export {
  flavorToSize,
  keypairToKeyPair,
  NOVA_STATUS_TO_NODE_STATE,
  serverToNode,
  zoneToLocation,
} from './mapping.ts';
export { isPublicAddress } from './address-scope.ts';
export {
  atLeast,
  compareMicroversions,
  formatMicroversion,
  type Microversion,
  parseMicroversion,
  requireMicroversion,
} from './microversion.ts';
export type { OpenStackDriverKey } from './registry-types.ts';
export type { ReconcileOptions } from './v1-1/reconcile.ts';
export {
  createServiceClient,
  type ServiceClient,
  type ServiceClientOptions,
  type ServiceRequest,
} from './service-client.ts';
export {
  type OpenStackV10CreateNodeOptions,
  type OpenStackV10DriverOptions,
  type OpenStackV10Extensions,
  OpenStackV10NodeDriver,
  type V10ComputeExtension,
  type V10ComputeSettings,
} from './v1-0/driver/index.ts';
export type { Bound, BoundTo, ServiceBound } from './bind.ts';
export type { ComputeExtension } from './v1-1/compute-extension.ts';
export type { ComputeSettings } from './v1-1/context.ts';
export type { OpenStackCreateNodeOptions } from './v1-1/create-node-options.ts';
export {
  type OpenStackDriverOptions,
  type OpenStackExtensions,
  OpenStackNodeDriver,
} from './v1-1/driver.ts';
export type { ServiceExtensions } from './v1-1/service-plugins.ts';
