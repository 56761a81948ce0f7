import type { Stack, StackResource } from '../../../../compute/models/stack.ts';
import type { StackService } from '../../../../compute/services/stacks.ts';
import { CloudError } from '../../../../errors/cloud-error.ts';
import { NotFoundError } from '../../../../errors/http-status-errors.ts';
import type { ServiceResolver } from '../../bind.ts';
import { listStackResources, markStackResourceUnhealthy } from '../../orchestration/resources/operations.ts';
import {
  createStack,
  deleteStack,
  findStack,
  getStackTemplate,
  listStacks,
  updateStack,
} from '../../orchestration/stacks/operations.ts';
import type { Stack as HeatStack } from '../../orchestration/stacks/types.ts';
import { mapList } from './absent.ts';
import { lazy } from './networking.ts';

/** @param s - A Heat stack. @returns The portable stack with outputs by key. */
export function toStack(s: HeatStack): Stack<HeatStack> {
  const outputs: Record<string, unknown> = {};
  for (const output of s.outputs) outputs[output.key] = output.value;
  return Object.freeze({
    id: s.id,
    name: s.name,
    status: s.status,
    statusReason: s.statusReason,
    outputs: Object.freeze(outputs),
    tags: s.tags,
    extra: s,
  });
}

async function findLive(heat: ServiceResolver, nameOrId: string, signal?: AbortSignal) {
  try {
    return await findStack(await heat(signal), nameOrId, signal);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    if (error instanceof CloudError && error.code === 'ERR_NO_MATCH') return undefined;
    throw error;
  }
}

async function mustFind(heat: ServiceResolver, id: string, signal?: AbortSignal): Promise<HeatStack> {
  const stack = await findLive(heat, id, signal);
  if (stack === undefined) {
    throw new CloudError(`Heat has no live stack ${id}; it may already be deleted`, 'ERR_NO_MATCH');
  }
  return stack;
}

/**
 * The portable stack service of the OpenStack driver, over Heat.
 *
 * @param heat - Resolves the orchestration client.
 * @returns The {@link StackService}.
 */
export function createStackService(heat: ServiceResolver): StackService {
  const service: StackService = {
    templateFormat: 'heat',
    listStacks: (signal) =>
      mapList(
        lazy(heat, signal, (c) => listStacks(c, {}, signal)),
        toStack,
      ),
    getStack: async (nameOrId, signal) => {
      const stack = await findLive(heat, nameOrId, signal);
      return stack === undefined ? undefined : toStack(stack);
    },
    createStack: async (input, signal) => {
      const ref = await createStack(
        await heat(signal),
        {
          name: input.name,
          template: input.template,
          parameters: input.parameters,
          tags: input.tags,
          disableRollback: input.disableRollback ?? true,
        },
        signal,
      );
      return Object.freeze({ id: ref.id });
    },
    updateStack: async (id, input, signal) => {
      const stack = await mustFind(heat, id, signal);
      const template = { template: input.template, parameters: input.parameters };
      await updateStack(await heat(signal), stack, template, false, signal);
    },
    deleteStack: async (id, signal) =>
      deleteStack(await heat(signal), await mustFind(heat, id, signal), signal),
    listStackResources: async (id, signal) => {
      const stack = await mustFind(heat, id, signal);
      const resources = await listStackResources(await heat(signal), stack, {}, signal);
      return resources.map(
        (r): StackResource =>
          Object.freeze({
            logicalName: r.name,
            physicalId: r.physicalId,
            type: r.type,
            status: r.status,
            statusReason: r.statusReason,
          }),
      );
    },
    markResourceUnhealthy: async (id, logicalName, reason, signal) => {
      const stack = await mustFind(heat, id, signal);
      await markStackResourceUnhealthy(await heat(signal), stack, logicalName, reason, signal);
    },
    getTemplate: async (id, signal) =>
      getStackTemplate(await heat(signal), await mustFind(heat, id, signal), signal),
  };
  return Object.freeze(service);
}
