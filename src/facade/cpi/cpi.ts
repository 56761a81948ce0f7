import type { CpiCallOptions, DeleteOutcome } from './context.ts';
import type { CreatedVm, CreateVmOptions } from './create-vm.ts';
import type { CreateDiskOptions } from './disks.ts';
import type { CreateStemcellOptions } from './stemcells.ts';

/** What `attachDisk` returns. */
export interface AttachDiskResult {
  /** The device path the provider reports, e.g. `/dev/vdb`. */
  readonly device: string | undefined;
}

/**
 * The CPI calls with BOSH OpenStack CPI semantics: waits with deadlines, idempotent deletes, creates that clean
 * up after themselves and throw a {@link CpiError} carrying `retrySafe` and a failure code.
 */
export interface Cpi {
  /** BOSH `create_vm`. @param vm - The server. @param call - Deadline and signal. @returns The VM id and address. */
  createVm(vm: CreateVmOptions, call?: CpiCallOptions): Promise<CreatedVm>;
  /** BOSH `delete_vm`. @param vmId - The server id. @param call - Deadline and signal. @returns Deleted now, or already absent. */
  deleteVm(vmId: string, call?: CpiCallOptions): Promise<DeleteOutcome>;
  /** BOSH `has_vm`. @param vmId - The server id. @param signal - Aborts. @returns Whether it exists. */
  hasVm(vmId: string, signal?: AbortSignal): Promise<boolean>;
  /** BOSH `reboot_vm`. @param vmId - The server id. @param hard - Power-cycle. @param signal - Aborts. @returns Once accepted. */
  rebootVm(vmId: string, hard?: boolean, signal?: AbortSignal): Promise<void>;
  /** BOSH `set_vm_metadata`. @param vmId - The server id. @param metadata - Merged in. @param signal - Aborts. @returns Once set. */
  setVmMetadata(
    vmId: string,
    metadata: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** BOSH `create_disk`. @param disk - Size in MiB (≥ 1024). @param call - Deadline and signal. @returns The disk id and GiB. */
  createDisk(
    disk: CreateDiskOptions,
    call?: CpiCallOptions,
  ): Promise<{ readonly diskId: string; readonly sizeGb: number }>;
  /** BOSH `delete_disk`. @param diskId - The volume id. @param call - Deadline and signal. @returns Deleted now, or already absent. */
  deleteDisk(diskId: string, call?: CpiCallOptions): Promise<DeleteOutcome>;
  /** BOSH `has_disk`. @param diskId - The volume id. @param signal - Aborts. @returns Whether it exists. */
  hasDisk(diskId: string, signal?: AbortSignal): Promise<boolean>;
  /** BOSH `attach_disk`. @param vmId - The server. @param diskId - The volume. @param call - Deadline and signal. @returns The device. */
  attachDisk(vmId: string, diskId: string, call?: CpiCallOptions): Promise<AttachDiskResult>;
  /** BOSH `detach_disk`. @param vmId - The server. @param diskId - The volume. @param call - Deadline and signal. @returns Once detached. */
  detachDisk(vmId: string, diskId: string, call?: CpiCallOptions): Promise<void>;
  /** BOSH `resize_disk`. @param diskId - The volume. @param sizeMiB - The new size. @param call - Deadline and signal. @returns The GiB. */
  resizeDisk(diskId: string, sizeMiB: number, call?: CpiCallOptions): Promise<{ readonly sizeGb: number }>;
  /** BOSH `snapshot_disk`. @param diskId - The volume. @param description - Stored on it. @param call - Deadline and signal. @returns The id. */
  snapshotDisk(
    diskId: string,
    description?: string,
    call?: CpiCallOptions,
  ): Promise<{ readonly snapshotId: string }>;
  /** BOSH `delete_snapshot`. @param snapshotId - The id. @param call - Deadline and signal. @returns Deleted now, or already absent. */
  deleteSnapshot(snapshotId: string, call?: CpiCallOptions): Promise<DeleteOutcome>;
  /** BOSH `create_stemcell`. @param stemcell - Heavy (upload) or light. @param call - The signal. @returns The stemcell id. */
  createStemcell(
    stemcell: CreateStemcellOptions,
    call?: CpiCallOptions,
  ): Promise<{ readonly stemcellId: string }>;
  /** BOSH `delete_stemcell`. @param stemcellId - The id. @param call - The signal. @returns Deleted now, or kept/absent. */
  deleteStemcell(stemcellId: string, call?: CpiCallOptions): Promise<DeleteOutcome>;
}
