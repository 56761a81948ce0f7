import type { StacksCapability } from '../../../compute/services/index.ts';
import type { StackPort, StackState } from './stack-port.ts';

/**
 * The stack engine's calls over a driver's portable stacks capability.
 *
 * @remarks
 * "Mark unhealthy" and the template read are optional in the portable stack service. Without the first,
 * reconcile only updates the stack (which recreates what the provider itself knows is gone or failed); without
 * the second, plan reports `update` for every resource of a changed template instead of comparing definitions.
 *
 * @param driver - A driver with the stacks capability.
 * @returns The stack port.
 */
export function stackPortFromCapabilities(driver: StacksCapability): StackPort {
  const stacks = driver.stacks;
  const mark = stacks.markResourceUnhealthy?.bind(stacks);
  const template = stacks.getTemplate?.bind(stacks);
  const state = (stack: NonNullable<Awaited<ReturnType<typeof stacks.getStack>>>): StackState => ({
    id: stack.id,
    name: stack.name,
    status: stack.status,
    reason: stack.statusReason,
    outputs: stack.outputs,
    tags: stack.tags,
    description: undefined,
  });
  return {
    findStack: async (name, signal) => {
      const stack = await stacks.getStack(name, signal);
      return stack === undefined || stack.status === 'DELETE_COMPLETE' ? undefined : state(stack);
    },
    createStack: async (options, signal) =>
      void (await stacks.createStack(
        {
          name: options.name,
          template: options.template as Readonly<Record<string, unknown>>,
          tags: options.tags,
        },
        signal,
      )),
    updateStack: (stack, options, signal) =>
      stacks.updateStack(
        stack.id,
        {
          name: stack.name,
          template: options.template as Readonly<Record<string, unknown>>,
          tags: options.tags,
        },
        signal,
      ),
    deleteStack: (stack, signal) => stacks.deleteStack(stack.id, signal),
    listResources: async (stack, signal) =>
      (await stacks.listStackResources(stack.id, signal)).map((r) => ({
        name: r.logicalName,
        type: r.type,
        physicalId: r.physicalId ?? '',
        status: r.status,
        reason: r.statusReason,
      })),
    markUnhealthy: mark && ((stack, resource, reason, signal) => mark(stack.id, resource, reason, signal)),
    getTemplate: template && ((stack, signal) => template(stack.id, signal)),
  };
}
