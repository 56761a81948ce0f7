import { Capability, type Node, nodeId, ResourceFailedError } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import { FacadeOperationError } from '../failure/facade-error.ts';
import { find } from '../find.ts';
import type { WaitControl } from '../types.ts';
import { createFailed, removeVmParts } from './cleanup.ts';
import { resolveVmReferences } from './resolve-vm.ts';
import { madeDespite } from './unknown-outcome.ts';
import type { CreatedVm, CreateVmOptions } from './vm-types.ts';

/**
 * Makes the ports and the VM without waiting for it (the first half of `createVm`, and what `startCreateVm`
 * runs). A failure removes what was made before it throws.
 *
 * @param ctx - The facade context.
 * @param options - The VM.
 * @returns The VM id and the ports made.
 * @throws {@link FacadeOperationError} RESOURCE_NOT_FOUND for a missing flavor, image or network (nothing made);
 *   `ERR_CREATE_FAILED` with `retrySafe` for a later failure.
 */
export async function launchVm(ctx: FacadeContext, options: CreateVmOptions): Promise<CreatedVm> {
  const refs = await resolveVmReferences(ctx, options);
  const driver = need(ctx.driver, Capability.PROVISIONING, 'createVm');
  if (options.reconcile === true) {
    // The one find rule: the VM of that name, none, or AmbiguousResourceError when several carry it.
    const existing = await find(ctx, 'node', options.name, options.signal);
    if (existing !== undefined) return Object.freeze({ vmId: existing.id, portIds: Object.freeze([]) });
  }
  const portIds: string[] = [];
  try {
    const networks = [];
    for (const [i, n] of (options.networks ?? []).entries()) {
      const networkId = refs.networkIds[i] ?? n.network;
      if (n.ip === undefined) {
        networks.push({ networkId });
        continue;
      }
      const net = need(ctx.driver, Capability.NETWORKING, 'createVm with a static IP').networking;
      const port = await net.createPort(
        { name: `${options.name}-${i}`, networkId, fixedIps: [{ ipAddress: n.ip }] },
        options.signal,
      );
      portIds.push(port.id);
      networks.push({ portId: port.id });
    }
    const node = await driver.provisioning.provisionNode(
      {
        name: options.name,
        size: refs.sizeId,
        image: refs.imageId,
        location: options.availabilityZone,
        keyName: options.keyName,
        networks,
        securityGroups: options.securityGroups,
        userData: options.userData,
        metadata: options.metadata,
        bootVolumeGb: options.rootDiskGb,
      },
      options.signal,
    );
    return Object.freeze({ vmId: node.id, portIds: Object.freeze(portIds) });
  } catch (error) {
    if (error instanceof FacadeOperationError) throw error;
    // A lost answer: the VM may exist though its id never came back. Adopt it (reconcile) or remove it.
    const made = await madeDespite(ctx, error, options.name, options.signal);
    const only = made[0];
    if (options.reconcile === true && made.length === 1 && only !== undefined)
      return Object.freeze({ vmId: only.id, portIds: Object.freeze(portIds) });
    const left = await removeVmParts(ctx, undefined, portIds, options);
    for (const node of made) left.push(...(await removeVmParts(ctx, node.id, [], options)));
    throw createFailed(`VM ${options.name}`, error, left);
  }
}

/**
 * Waits until a VM is running (deadline and abort signal from `control`).
 *
 * @param ctx - The facade context.
 * @param vmId - The VM.
 * @param control - Deadline and signal.
 * @returns The running VM.
 * @throws {@link ResourceFailedError} when it goes to error or disappears; {@link TimeoutError} at the deadline.
 */
export async function waitVmRunning(ctx: FacadeContext, vmId: string, control: WaitControl): Promise<Node> {
  const [node] = await ctx.driver.waitUntilRunning(
    vmId,
    {
      timeoutMs: control.timeoutMs ?? ctx.options.timeoutMs,
      intervalMs: ctx.options.pollIntervalMs,
      maxIntervalMs: ctx.options.maxPollIntervalMs,
    },
    control.signal,
  );
  if (node === undefined)
    throw new ResourceFailedError(`VM ${vmId} disappeared`, { resourceId: vmId, state: 'DELETED' });
  return node;
}

/**
 * BOSH `create_vm`: resolves the flavor, image and networks, makes the VM (and ports for static addresses),
 * and waits until it runs. A failure at any step removes the VM and its ports before it throws.
 *
 * @param ctx - The facade context.
 * @param options - The VM, with a deadline and an abort signal.
 * @returns The VM id (the BOSH VM CID) and the ports made.
 * @throws {@link FacadeOperationError} with `failureCode` and `retrySafe`.
 */
export async function createVm(ctx: FacadeContext, options: CreateVmOptions): Promise<CreatedVm> {
  const made = await launchVm(ctx, options);
  try {
    await waitVmRunning(ctx, made.vmId, options);
    return made;
  } catch (error) {
    const left = await removeVmParts(ctx, nodeId(made.vmId), made.portIds, { signal: undefined });
    throw createFailed(`VM ${options.name} (${made.vmId})`, error, left);
  }
}
