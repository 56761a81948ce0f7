import { Capability, supports } from '../compute/index.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { NotSupportedError } from '../errors/not-supported-error.ts';
import type { FacadeContext } from './context.ts';
import type { RunOptions } from './document/apply.ts';
import type { DirectProvider } from './document/backend.ts';
import type { DeploymentReport } from './document/report.ts';
import type { DeploymentDocument } from './document/types.ts';
import { directProvider } from './engines/direct/backends/index.ts';
import { type DirectCapabilities, portsFromCapabilities } from './engines/direct/from-capabilities/index.ts';
import type { DirectPorts } from './engines/direct/ports.ts';
import { directEngine } from './engines/direct.ts';
import type { DeploymentEngine } from './engines/engine.ts';
import { startOperation } from './engines/operation.ts';
import { stackPortFromCapabilities } from './engines/stack/from-capabilities.ts';
import type { StackPort } from './engines/stack/stack-port.ts';
import { stackEngine } from './engines/stack.ts';
import { encodeHandle } from './handles/encode.ts';
import type { DeploymentPollers } from './handles/status.ts';
import type { OperationHandle } from './handles/types.ts';

/** The engine names. */
export type EngineName = 'direct' | 'stack';

/** Deployment documents through the facade (Open4k semantics); see `docs/facade.md`. */
export interface DeploymentOperations {
  /** The engine by name (`direct` by default, `stack` when the driver has a stack service). */
  engine(name?: EngineName): DeploymentEngine;
  /** What apply would do; sends no mutating request. */
  plan(document: DeploymentDocument, signal?: AbortSignal): Promise<DeploymentReport>;
  /** Idempotent apply. */
  apply(document: DeploymentDocument, run?: RunOptions): Promise<DeploymentReport>;
  /** Idempotent destroy (a document or a deployment id). */
  destroy(target: DeploymentDocument | string, run?: RunOptions): Promise<DeploymentReport>;
  /** Starts an apply in this process; poll the handle with `status()` from anywhere. */
  startApply(document: DeploymentDocument, engine?: EngineName): OperationHandle;
  /** Starts a destroy in this process; poll the handle with `status()` from anywhere. */
  startDestroy(document: DeploymentDocument, engine?: EngineName): OperationHandle;
}

const DIRECT: readonly Capability[] = [
  Capability.NETWORKING,
  Capability.SECURITY_GROUPS,
  Capability.FLOATING_IPS,
  Capability.MARKS,
  Capability.PROVISIONING,
  Capability.BLOCK_STORAGE,
  Capability.KEY_PAIRS,
  Capability.IMAGES,
];

/**
 * Checks that a driver offers everything deployment documents need.
 *
 * @param driver - The driver.
 * @returns The driver, typed as the capabilities the direct engine uses.
 * @throws {@link NotSupportedError} naming the capabilities the driver lacks.
 */
export function directCapable(driver: FacadeContext['driver']): DirectCapabilities {
  const missing = DIRECT.filter((c) => !supports(driver, c));
  if (missing.length > 0) {
    throw new NotSupportedError(
      `Deployment documents need the ${missing.join(', ')} capabilities, which the ${driver.name} driver lacks`,
    );
  }
  // Every capability the direct engine uses was checked above.
  return driver as unknown as DirectCapabilities;
}

/**
 * Builds the document operations and the handle pollers over the driver's capabilities (lazily: a driver
 * without them still gets a facade; only document calls then fail with {@link NotSupportedError}).
 *
 * @param ctx - The facade context.
 * @param defaultEngine - The engine used when a call names none.
 * @returns The operations and the pollers `status()` needs.
 */
export function deploymentsOver(
  ctx: FacadeContext,
  defaultEngine: EngineName = 'direct',
): { readonly operations: DeploymentOperations; readonly pollers: DeploymentPollers } {
  let ports: DirectPorts | undefined;
  const portsOf = (): DirectPorts => {
    ports ??= portsFromCapabilities(directCapable(ctx.driver));
    return ports;
  };
  // The stack engine writes HOT templates: it runs only over a Heat stack service.
  const stacks = (): StackPort | undefined =>
    supports(ctx.driver, Capability.STACKS) && ctx.driver.stacks.templateFormat === 'heat'
      ? stackPortFromCapabilities(ctx.driver)
      : undefined;
  const engine = (name: EngineName = defaultEngine): DeploymentEngine => {
    if (name === 'direct') return directEngine(portsOf());
    const port = stacks();
    if (port === undefined)
      throw new ConfigurationError(
        `engine 'stack' needs a Heat ('stacks' capability with HOT templates), which the ${ctx.driver.name} driver lacks; use 'direct'`,
      );
    return stackEngine(port, portsOf());
  };
  const start = (
    kind: 'apply' | 'destroy',
    document: DeploymentDocument,
    name?: EngineName,
  ): OperationHandle => {
    const { operation, done } = startOperation(engine(name), kind, document);
    void done;
    const startedAt = Date.now();
    return encodeHandle({
      v: 1,
      provider: ctx.driver.provider,
      startedAt,
      deadlineAt: startedAt + ctx.options.timeoutMs,
      kind: 'deployment',
      operation,
    });
  };
  const operations: DeploymentOperations = {
    engine,
    plan: (document, signal) => engine().plan(document, signal),
    apply: (document, run) => engine().apply(document, run),
    destroy: (target, run) => engine().destroy(target, run),
    startApply: (document, name) => start('apply', document, name),
    startDestroy: (document, name) => start('destroy', document, name),
  };
  const provider = (): DirectProvider => directProvider(portsOf());
  return { operations: Object.freeze(operations), pollers: { provider, stacks } };
}
