import { type FacadeContext, resolveFacadeOptions } from './context.ts';
import { attachDisk } from './cpi/attach-disk.ts';
import { type CreateDiskOptions, createDisk } from './cpi/create-disk.ts';
import { type CreateStemcellOptions, createStemcell } from './cpi/create-stemcell.ts';
import { createVm } from './cpi/create-vm.ts';
import { deleteDisk } from './cpi/delete-disk.ts';
import { deleteStemcell } from './cpi/delete-stemcell.ts';
import { deleteVm } from './cpi/delete-vm.ts';
import { detachDisk } from './cpi/detach-disk.ts';
import { hasDisk } from './cpi/has-disk.ts';
import { hasVm } from './cpi/has-vm.ts';
import { rebootVm } from './cpi/reboot-vm.ts';
import { resizeDisk } from './cpi/resize-disk.ts';
import { setVmMetadata } from './cpi/set-vm-metadata.ts';
import { deleteSnapshot, snapshotDisk } from './cpi/snapshot-disk.ts';
import { startCreateDisk, startCreateVm, startDeleteDisk, startDeleteVm } from './cpi/start.ts';
import type { CreatedVm, CreateVmOptions } from './cpi/vm-types.ts';
import { type DeploymentOperations, deploymentsOver, type EngineName } from './deployments.ts';
import { find } from './find.ts';
import { status } from './handles/status.ts';
import type { OperationHandle, OperationStatus } from './handles/types.ts';
import type {
  DeleteOutcome,
  FacadeDriver,
  FacadeOptions,
  ResourceKind,
  ResourceOf,
  WaitControl,
} from './types.ts';

/** The CPI operations, with BOSH OpenStack CPI semantics (see `docs/facade.md` for the method table). */
export interface CpiOperations {
  /** BOSH `create_vm`. */
  createVm(options: CreateVmOptions): Promise<CreatedVm>;
  /** BOSH `delete_vm` (absent = done). */
  deleteVm(vmId: string, control?: WaitControl): Promise<DeleteOutcome>;
  /** BOSH `has_vm`. */
  hasVm(vmId: string, signal?: AbortSignal): Promise<boolean>;
  /** BOSH `reboot_vm`. */
  rebootVm(vmId: string, control?: WaitControl & { readonly hard?: boolean | undefined }): Promise<void>;
  /** BOSH `set_vm_metadata`. */
  setVmMetadata(
    vmId: string,
    metadata: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** BOSH `create_disk` (MiB, at least 1024, rounded up to GiB). */
  createDisk(options: CreateDiskOptions): Promise<{ readonly diskId: string }>;
  /** BOSH `delete_disk` (absent = done). */
  deleteDisk(diskId: string, control?: WaitControl): Promise<DeleteOutcome>;
  /** BOSH `has_disk`. */
  hasDisk(diskId: string, signal?: AbortSignal): Promise<boolean>;
  /** BOSH `attach_disk`: returns the device. */
  attachDisk(
    vmId: string,
    diskId: string,
    control?: WaitControl,
  ): Promise<{ readonly device: string | undefined }>;
  /** BOSH `detach_disk` (not attached = done). */
  detachDisk(vmId: string, diskId: string, control?: WaitControl): Promise<DeleteOutcome>;
  /** BOSH `resize_disk`. */
  resizeDisk(diskId: string, newSizeMiB: number, control?: WaitControl): Promise<{ readonly sizeGb: number }>;
  /** BOSH `snapshot_disk`. */
  snapshotDisk(
    diskId: string,
    control?: WaitControl & { readonly name?: string | undefined },
  ): Promise<{ readonly snapshotId: string }>;
  /** BOSH `delete_snapshot` (absent = done). */
  deleteSnapshot(snapshotId: string, control?: WaitControl): Promise<DeleteOutcome>;
  /** BOSH `create_stemcell` (streamed upload, or light). */
  createStemcell(options: CreateStemcellOptions): Promise<{ readonly stemcellId: string }>;
  /** BOSH `delete_stemcell` (absent = done; a light stemcell keeps its image). */
  deleteStemcell(stemcellId: string, signal?: AbortSignal): Promise<DeleteOutcome>;
  /** Starts `create_vm`; poll the handle with `status()`. */
  startCreateVm(options: CreateVmOptions): Promise<OperationHandle>;
  /** Starts `delete_vm`. */
  startDeleteVm(vmId: string, control?: WaitControl): Promise<OperationHandle>;
  /** Starts `create_disk`. */
  startCreateDisk(options: CreateDiskOptions): Promise<OperationHandle>;
  /** Starts `delete_disk`. */
  startDeleteDisk(diskId: string, control?: WaitControl): Promise<OperationHandle>;
}

/** The driver-API facade: one provider-neutral layer over a built driver. */
export interface Facade extends DeploymentOperations {
  /** The driver it wraps. */
  readonly driver: FacadeDriver;
  /**
   * The one find rule: the object, `undefined` when absent, {@link AmbiguousResourceError} when several match.
   * @param kind - What to look for.
   * @param nameOrId - An id or a name.
   * @param signal - Aborts the lookup.
   * @returns The resource or `undefined`.
   */
  find<K extends ResourceKind>(
    kind: K,
    nameOrId: string,
    signal?: AbortSignal,
  ): Promise<ResourceOf<K> | undefined>;
  /** The CPI operations. */
  readonly cpi: CpiOperations;
  /**
   * Polls an operation handle once, from any process.
   * @param handle - From a `start…()` call.
   * @param signal - Aborts the reads.
   * @returns The status.
   */
  status(handle: OperationHandle, signal?: AbortSignal): Promise<OperationStatus>;
}

/**
 * Wraps a built driver in the facade. The facade only uses the portable API and the capabilities the driver
 * declares; it never sees credentials.
 *
 * @param driver - A built driver, e.g. an `OpenStackNodeDriver` over a session.
 * @param options - Default deadline and poll intervals.
 * @returns The facade.
 * @throws {@link ConfigurationError} for invalid options.
 * @example
 * ```ts
 * import { createFacade } from 'stratus/facade';
 * import type { NodeDriver } from 'stratus';
 * declare const driver: NodeDriver;
 * const facade = createFacade(driver, { timeoutMs: 300_000 });
 * const net = await facade.find('network', 'private');
 * ```
 */
export function createFacade(
  driver: FacadeDriver,
  options: FacadeOptions & { readonly engine?: EngineName | undefined } = {},
): Facade {
  const ctx: FacadeContext = Object.freeze({ driver, options: resolveFacadeOptions(options) });
  const deployments = deploymentsOver(ctx, options.engine);
  const cpi: CpiOperations = {
    createVm: (o) => createVm(ctx, o),
    deleteVm: (id, c) => deleteVm(ctx, id, c),
    hasVm: (id, s) => hasVm(ctx, id, s),
    rebootVm: (id, c) => rebootVm(ctx, id, c),
    setVmMetadata: (id, m, s) => setVmMetadata(ctx, id, m, s),
    createDisk: (o) => createDisk(ctx, o),
    deleteDisk: (id, c) => deleteDisk(ctx, id, c),
    hasDisk: (id, s) => hasDisk(ctx, id, s),
    attachDisk: (vm, disk, c) => attachDisk(ctx, vm, disk, c),
    detachDisk: (vm, disk, c) => detachDisk(ctx, vm, disk, c),
    resizeDisk: (id, size, c) => resizeDisk(ctx, id, size, c),
    snapshotDisk: (id, c) => snapshotDisk(ctx, id, c),
    deleteSnapshot: (id, c) => deleteSnapshot(ctx, id, c),
    createStemcell: (o) => createStemcell(ctx, o),
    deleteStemcell: (id, s) => deleteStemcell(ctx, id, s),
    startCreateVm: (o) => startCreateVm(ctx, o),
    startDeleteVm: (id, c) => startDeleteVm(ctx, id, c),
    startCreateDisk: (o) => startCreateDisk(ctx, o),
    startDeleteDisk: (id, c) => startDeleteDisk(ctx, id, c),
  };
  return Object.freeze({
    driver,
    find: <K extends ResourceKind>(kind: K, nameOrId: string, signal?: AbortSignal) =>
      find(ctx, kind, nameOrId, signal),
    cpi: Object.freeze(cpi),
    status: (handle: OperationHandle, signal?: AbortSignal) =>
      status(ctx, deployments.pollers, handle, signal),
    ...deployments.operations,
  });
}
