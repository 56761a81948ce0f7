import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../bind.ts';
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
  /** {@inheritDoc "drivers/openstack/orchestration"!listStacks} */
  readonly listStacks: ServiceBound<typeof listStacks>;
  /** {@inheritDoc "drivers/openstack/orchestration"!getStack} */
  readonly getStack: ServiceBound<typeof getStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!findStack} */
  readonly findStack: ServiceBound<typeof findStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!createStack} */
  readonly createStack: ServiceBound<typeof createStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!updateStack} */
  readonly updateStack: ServiceBound<typeof updateStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!deleteStack} */
  readonly deleteStack: ServiceBound<typeof deleteStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!waitForStack} */
  readonly waitForStack: ServiceBound<typeof waitForStack>;
  /** {@inheritDoc "drivers/openstack/orchestration"!deleteStackAndWait} */
  readonly deleteStackAndWait: ServiceBound<typeof deleteStackAndWait>;
  /** {@inheritDoc "drivers/openstack/orchestration"!listStackResources} */
  readonly listStackResources: ServiceBound<typeof listStackResources>;
  /** {@inheritDoc "drivers/openstack/orchestration"!getStackResource} */
  readonly getStackResource: ServiceBound<typeof getStackResource>;
  /** {@inheritDoc "drivers/openstack/orchestration"!listStackEvents} */
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
    listStacks: bindList(service, listStacks),
    getStack: bindCall(service, getStack),
    findStack: bindCall(service, findStack),
    createStack: bindCall(service, createStack),
    updateStack: bindCall(service, updateStack),
    deleteStack: bindCall(service, deleteStack),
    waitForStack: bindCall(service, waitForStack),
    deleteStackAndWait: bindCall(service, deleteStackAndWait),
    listStackResources: bindCall(service, listStackResources),
    getStackResource: bindCall(service, getStackResource),
    listStackEvents: bindList(service, listStackEvents),
  });
}
