import { applyDirect } from '../document/apply.ts';
import { destroyDirect } from '../document/destroy.ts';
import { planDirect } from '../document/plan.ts';
import { directProvider } from './direct/backends/index.ts';
import type { DirectPorts } from './direct/ports.ts';
import type { DeploymentEngine } from './engine.ts';

/**
 * The direct engine: documents run as portable API calls (any provider that offers the calls).
 *
 * @param ports - The portable calls (from the driver's capabilities).
 * @returns The engine.
 */
export function directEngine(ports: DirectPorts): DeploymentEngine {
  const provider = directProvider(ports);
  return {
    name: 'direct',
    plan: (document, signal) => planDirect(document, provider, signal),
    apply: (document, options) => applyDirect(document, provider, options),
    destroy: (target, options) => destroyDirect(target, provider, options),
  };
}
