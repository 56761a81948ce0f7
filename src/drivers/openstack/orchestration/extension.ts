import {
  bindServiceCall,
  bindServiceList,
  type ServiceBound,
  type ServiceResolver,
} from '../network/extensions/bind-service.ts';
import { listStackEvents } from './events/operations.ts';
import { getStackResource, listStackResources } from './resources/operations.ts';
import {
  createStack,
  deleteStack,
  findStack,
  getStack,
  listStacks,
  updateStack,
} from './stacks/operations.ts';
import { deleteStackAndWait, waitForStack } from './stacks/waiters.ts';

/**
 * Heat through the driver: `driver.ext.orchestration.*` (stacks, their resources and events).
 */
export interface OrchestrationExtension {
  /** {@inheritDoc listStacks} */
  readonly listStacks: ServiceBound<typeof listStacks>;
  /** {@inheritDoc getStack} */
  readonly getStack: ServiceBound<typeof getStack>;
  /** {@inheritDoc findStack} */
  readonly findStack: ServiceBound<typeof findStack>;
  /** {@inheritDoc createStack} */
  readonly createStack: ServiceBound<typeof createStack>;
  /** {@inheritDoc updateStack} */
  readonly updateStack: ServiceBound<typeof updateStack>;
  /** {@inheritDoc deleteStack} */
  readonly deleteStack: ServiceBound<typeof deleteStack>;
  /** {@inheritDoc waitForStack} */
  readonly waitForStack: ServiceBound<typeof waitForStack>;
  /** {@inheritDoc deleteStackAndWait} */
  readonly deleteStackAndWait: ServiceBound<typeof deleteStackAndWait>;
  /** {@inheritDoc listStackResources} */
  readonly listStackResources: ServiceBound<typeof listStackResources>;
  /** {@inheritDoc getStackResource} */
  readonly getStackResource: ServiceBound<typeof getStackResource>;
  /** {@inheritDoc listStackEvents} */
  readonly listStackEvents: ServiceBound<typeof listStackEvents>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createOrchestrationExtension(service: ServiceResolver): OrchestrationExtension {
  return Object.freeze({
    listStacks: bindServiceList(service, listStacks),
    getStack: bindServiceCall(service, getStack),
    findStack: bindServiceCall(service, findStack),
    createStack: bindServiceCall(service, createStack),
    updateStack: bindServiceCall(service, updateStack),
    deleteStack: bindServiceCall(service, deleteStack),
    waitForStack: bindServiceCall(service, waitForStack),
    deleteStackAndWait: bindServiceCall(service, deleteStackAndWait),
    listStackResources: bindServiceCall(service, listStackResources),
    getStackResource: bindServiceCall(service, getStackResource),
    listStackEvents: bindServiceList(service, listStackEvents),
  });
}
