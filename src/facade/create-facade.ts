import { Capability, supports } from '../compute/capabilities.ts';
import type { NodeDriver } from '../compute/node-driver.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { attachDisk, detachDisk } from './cpi/attach-disk.ts';
import type { CpiContext } from './cpi/context.ts';
import type { Cpi } from './cpi/cpi.ts';
import { type CreateVmOptions, createVm, startServer } from './cpi/create-vm.ts';
import { deleteVm, hasVm } from './cpi/delete-vm.ts';
import { deleteSnapshot, resizeDisk, snapshotDisk } from './cpi/disk-changes.ts';
import { type CreateDiskOptions, createDisk, deleteDisk, diskSizeGb, hasDisk } from './cpi/disks.ts';
import { createStemcell, deleteStemcell } from './cpi/stemcells.ts';
import { rebootVm, setVmMetadata } from './cpi/vm-actions.ts';
import { directEngine } from './engines/direct.ts';
import type { DeploymentEngine } from './engines/engine.ts';
import { stackEngine } from './engines/stack.ts';
import type { Facade, FacadeOptions } from './facade.ts';
import { find } from './find.ts';
import { encodeHandle } from './handles/handle.ts';
import { operationStatus } from './handles/status.ts';

/**
 * Builds the facade over a driver. The facade never sees credentials: it works through the driver's portable
 * capabilities (`resources`, and `stacks` / `extras` when offered).
 *
 * @param driver - A built driver that declares {@link Capability.RESOURCES}.
 * @param options - The default engine and wait deadline.
 * @returns The facade.
 * @throws {@link ConfigurationError} when the driver lacks the capabilities the facade needs.
 * @example
 * ```ts
 * import { createFacade } from 'stratus/facade';
 * import type { NodeDriver } from 'stratus';
 * declare const driver: NodeDriver;
 * const facade = createFacade(driver);
 * console.log(await facade.cpi.hasVm('1a2b'));
 * ```
 */
export function createFacade(driver: NodeDriver, options: FacadeOptions = {}): Facade {
  if (!supports(driver, Capability.RESOURCES)) {
    throw new ConfigurationError(
      `the ${driver.name} driver does not offer the 'resources' capability the facade needs`,
    );
  }
  const resources = driver.resources;
  const stacks = supports(driver, Capability.STACKS) ? driver.stacks : undefined;
  const extras = supports(driver, Capability.EXTRAS) ? driver.extras : undefined;
  const waitTimeoutMs = options.waitTimeoutMs ?? 600_000;
  if (!Number.isFinite(waitTimeoutMs) || waitTimeoutMs <= 0) {
    throw new ConfigurationError(
      `\`waitTimeoutMs\` must be a positive number of milliseconds, got ${waitTimeoutMs}`,
    );
  }
  const context: CpiContext = { driver, resources, extras, waitTimeoutMs };
  const engines = new Map<string, DeploymentEngine>([['direct', directEngine(resources)]]);
  if (stacks !== undefined) engines.set('stack', stackEngine(stacks, resources));
  const engine = (name: 'direct' | 'stack' = options.engine ?? 'direct'): DeploymentEngine => {
    const found = engines.get(name);
    if (found === undefined) {
      throw new ConfigurationError(
        `engine '${name}' needs the 'stacks' capability, which the ${driver.name} driver lacks; use the 'direct' engine`,
      );
    }
    return found;
  };
  const background = (run: () => Promise<unknown>) => void run().catch(() => undefined);
  const facade: Facade = {
    find: (kind, nameOrId, signal) => find(resources, kind, nameOrId, signal),
    engine,
    plan: (document, signal) => engine(options.engine).plan(document, signal),
    apply: (document, run) => engine(options.engine).apply(document, run),
    destroy: (target, run) => engine(options.engine).destroy(target, run),
    startApply: (document, name = options.engine ?? 'direct') => {
      const chosen = engine(name);
      background(() => chosen.apply(document));
      return encodeHandle({ op: 'apply', engine: name, document });
    },
    startDestroy: (document, name = options.engine ?? 'direct') => {
      const chosen = engine(name);
      background(() => chosen.destroy(document));
      return encodeHandle({ op: 'destroy', engine: name, document });
    },
    startCreateVm: async (vm: CreateVmOptions, signal?: AbortSignal) =>
      encodeHandle({ op: 'createVm', id: (await startServer(context, vm, signal)).id }),
    startDeleteVm: async (vmId: string, signal?: AbortSignal) => {
      await resources.servers.delete(vmId, signal);
      return encodeHandle({ op: 'deleteVm', id: vmId });
    },
    startCreateDisk: async (disk: CreateDiskOptions, signal?: AbortSignal) => {
      const sizeGb = diskSizeGb(disk.sizeMiB);
      const name = disk.name ?? `bosh-disk-${Date.now()}`;
      const volume = await resources.volumes.create(
        { name, sizeGb, volumeType: disk.volumeType, metadata: disk.metadata ?? {} },
        signal,
      );
      return encodeHandle({ op: 'createDisk', id: volume.id });
    },
    startDeleteDisk: async (diskId: string, signal?: AbortSignal) => {
      await resources.volumes.delete(diskId, signal);
      return encodeHandle({ op: 'deleteDisk', id: diskId });
    },
    status: (handle, signal) => operationStatus({ resources, engine }, handle, signal),
    cpi: cpiOver(context),
  };
  return Object.freeze(facade);
}

function cpiOver(context: CpiContext): Cpi {
  const cpi: Cpi = {
    createVm: (vm, call) => createVm(context, vm, call),
    deleteVm: (id, call) => deleteVm(context, id, call),
    hasVm: (id, signal) => hasVm(context, id, signal),
    rebootVm: (id, hard, signal) => rebootVm(context, id, hard, signal),
    setVmMetadata: (id, metadata, signal) => setVmMetadata(context, id, metadata, signal),
    createDisk: (disk, call) => createDisk(context, disk, call),
    deleteDisk: (id, call) => deleteDisk(context, id, call),
    hasDisk: (id, signal) => hasDisk(context, id, signal),
    attachDisk: (vmId, diskId, call) => attachDisk(context, vmId, diskId, call),
    detachDisk: (vmId, diskId, call) => detachDisk(context, vmId, diskId, call),
    resizeDisk: (id, sizeMiB, call) => resizeDisk(context, id, sizeMiB, call),
    snapshotDisk: (id, description, call) => snapshotDisk(context, id, description, call),
    deleteSnapshot: (id, call) => deleteSnapshot(context, id, call),
    createStemcell: (stemcell, call) => createStemcell(context, stemcell, call),
    deleteStemcell: (id, call) => deleteStemcell(context, id, call),
  };
  return Object.freeze(cpi);
}
