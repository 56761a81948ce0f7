export {
  addRouterInterface,
  createRouter,
  deleteRouter,
  findRouter,
  getRouter,
  listRouterInterfaces,
  listRouters,
  removeRouterInterface,
  updateRouter,
} from './operations.ts';
export {
  buildCreateRouterRequest,
  buildListRoutersRequest,
  buildRouterInterfaceRequest,
  buildUpdateRouterRequest,
} from './requests.ts';
export { parseRouter, parseRouterInterface } from './results.ts';
export type {
  CreateRouterOptions,
  ExternalGateway,
  ListRoutersOptions,
  Router,
  RouterInterface,
  RouterInterfaceTarget,
  UpdateRouterOptions,
} from './types.ts';
