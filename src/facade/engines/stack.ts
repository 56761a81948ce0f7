import { directProvider } from './direct/backends/index.ts';
import type { DirectPorts } from './direct/ports.ts';
import type { DeploymentEngine } from './engine.ts';
import { applyStack } from './stack/apply.ts';
import { destroyStack } from './stack/destroy.ts';
import { planStack } from './stack/plan.ts';
import type { StackPort } from './stack/stack-port.ts';

/**
 * The stack engine: a document becomes one stack of the provider's stack service (Heat), whose outputs are the
 * document's outputs.
 *
 * @param stacks - The stack service.
 * @param ports - The portable calls, to observe adopted resources and, for reconcile, the stack's objects.
 * @returns The engine.
 */
export function stackEngine(stacks: StackPort, ports: DirectPorts): DeploymentEngine {
  const provider = directProvider(ports);
  return {
    name: 'stack',
    plan: (document, signal) => planStack(document, stacks, provider, signal),
    apply: (document, options) => applyStack(document, stacks, provider, options),
    destroy: (target, options) => destroyStack(target, stacks, options),
  };
}
