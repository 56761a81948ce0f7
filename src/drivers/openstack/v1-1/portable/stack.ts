import type { StackService, StackState } from '../../../../compute/portable/stacks.ts';
import type { Stack } from '../../orchestration/stacks/types.ts';
import type { OpenStackNodeDriver } from '../driver.ts';

function state(stack: Stack): StackState {
  const outputs: Record<string, unknown> = {};
  for (const output of stack.outputs) outputs[output.key] = output.value;
  return {
    id: stack.id,
    name: stack.name,
    status: stack.status,
    reason: stack.statusReason,
    outputs,
    tags: stack.tags,
    description: stack.description,
  };
}

function findStack(
  driver: OpenStackNodeDriver,
  name: string,
  signal?: AbortSignal,
): Promise<Stack | undefined> {
  return driver.ext.orchestration.findStack(name, signal);
}

/**
 * The stack engine's Heat calls over the OpenStack driver (`mark-unhealthy` and the template read go through
 * the session, as the driver has no operation for them).
 *
 * @param driver - The OpenStack driver.
 * @returns The stack port.
 */
export function heatPort(driver: OpenStackNodeDriver): StackService {
  const heat = driver.ext.orchestration;
  const raw = async (method: 'GET' | 'PATCH', path: string, json: unknown, signal?: AbortSignal) => {
    const endpoint = await driver.session.endpointFor({ type: 'orchestration' }, signal);
    const request = { method, url: `${endpoint}/${path}`, json, expect: [200], service: 'Heat' } as const;
    return driver.session.send(json === undefined ? { ...request, json: undefined } : request, {
      attempt: 1,
      signal,
    });
  };
  return {
    findStack: async (name, signal) => {
      const stack = await findStack(driver, name, signal);
      return stack === undefined ? undefined : state(stack);
    },
    createStack: async (options, signal) =>
      void (await heat.createStack(
        { name: options.name, template: options.template as Record<string, unknown>, tags: options.tags },
        signal,
      )),
    updateStack: (stack, options, signal) =>
      heat.updateStack(stack, { template: options.template as Record<string, unknown> }, false, signal),
    deleteStack: (stack, signal) => heat.deleteStack(stack, signal),
    listResources: async (stack, signal) =>
      (await heat.listStackResources(stack, {}, signal)).map((r) => ({
        name: r.name,
        type: r.type,
        physicalId: r.physicalId ?? '',
        status: r.status,
        reason: r.statusReason,
      })),
    markUnhealthy: async (stack, resource, reason, signal) =>
      void (await raw(
        'PATCH',
        `stacks/${stack.name}/${stack.id}/resources/${resource}`,
        { mark_unhealthy: true, resource_status_reason: reason },
        signal,
      )),
    getTemplate: async (stack, signal) =>
      (await raw('GET', `stacks/${stack.name}/${stack.id}/template`, undefined, signal)).body,
  };
}
