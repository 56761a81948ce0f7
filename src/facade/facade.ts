import type { AttachDiskResult, Cpi } from './cpi/cpi.ts';
import type { CreateVmOptions } from './cpi/create-vm.ts';
import type { CreateDiskOptions } from './cpi/disks.ts';
import type { RunOptions } from './document/apply.ts';
import type { DeploymentReport } from './document/report.ts';
import type { DeploymentDocument } from './document/types.ts';
import type { DeploymentEngine } from './engines/engine.ts';
import type { FindableKind, FindableKinds } from './find.ts';
import type { OperationHandle } from './handles/handle.ts';
import type { OperationStatus } from './handles/operation-status.ts';

export type { AttachDiskResult };

/** How {@link createFacade} is set up. */
export interface FacadeOptions {
  /** The engine documents run on: `direct` (portable calls) or `stack` (the provider's stack service). @defaultValue `'direct'` */
  readonly engine?: 'direct' | 'stack' | undefined;
  /** The deadline of every CPI wait. @defaultValue `600000` (10 minutes) */
  readonly waitTimeoutMs?: number | undefined;
}

/** The driver-API facade: find, documents, operation handles and CPI calls over any capable driver. */
export interface Facade {
  /**
   * The one find rule.
   * @param kind - What to look up.
   * @param nameOrId - An id or a name.
   * @param signal - Aborts the requests.
   * @returns The object, or `undefined` when absent.
   * @throws {@link AmbiguousResourceError} when the name matches several objects.
   */
  find<K extends FindableKind>(
    kind: K,
    nameOrId: string,
    signal?: AbortSignal,
  ): Promise<FindableKinds[K] | undefined>;
  /** @param name - `direct` or `stack`. @returns That engine. @throws {@link ConfigurationError} when the driver lacks it. */
  engine(name?: 'direct' | 'stack'): DeploymentEngine;
  /** @param document - The document. @param signal - Aborts. @returns What apply would do; sends no mutating request. */
  plan(document: DeploymentDocument, signal?: AbortSignal): Promise<DeploymentReport>;
  /** @param document - The document. @param run - Progress and signal. @returns Each resource's outcome and the outputs. */
  apply(document: DeploymentDocument, run?: RunOptions): Promise<DeploymentReport>;
  /** @param target - The document or its deployment id. @param run - Progress and signal. @returns What was deleted. */
  destroy(target: DeploymentDocument | string, run?: RunOptions): Promise<DeploymentReport>;
  /**
   * Starts an apply in this process and returns at once; any process polls it with {@link Facade.status}.
   * @param document - The document (it travels in the handle: keep secrets out of documents).
   * @param engine - The engine. @defaultValue the facade's
   * @returns The handle.
   */
  startApply(document: DeploymentDocument, engine?: 'direct' | 'stack'): OperationHandle;
  /** @param document - The document. @param engine - The engine. @returns The handle of a started destroy. */
  startDestroy(document: DeploymentDocument, engine?: 'direct' | 'stack'): OperationHandle;
  /** @param vm - The server. @param signal - Aborts. @returns The handle of a started server create. */
  startCreateVm(vm: CreateVmOptions, signal?: AbortSignal): Promise<OperationHandle>;
  /** @param vmId - The server id. @param signal - Aborts. @returns The handle of a started server delete. */
  startDeleteVm(vmId: string, signal?: AbortSignal): Promise<OperationHandle>;
  /** @param disk - The volume. @param signal - Aborts. @returns The handle of a started volume create. */
  startCreateDisk(disk: CreateDiskOptions, signal?: AbortSignal): Promise<OperationHandle>;
  /** @param diskId - The volume id. @param signal - Aborts. @returns The handle of a started volume delete. */
  startDeleteDisk(diskId: string, signal?: AbortSignal): Promise<OperationHandle>;
  /**
   * Where an operation stands, read from the cloud alone (any process can call it).
   * @param handle - What a `start…()` call returned.
   * @param signal - Aborts the reads.
   * @returns `IN_PROGRESS`, `COMPLETE` or `FAILED` with Brent's failure code.
   */
  status(handle: string, signal?: AbortSignal): Promise<OperationStatus>;
  /** The CPI calls, with BOSH OpenStack CPI semantics. */
  readonly cpi: Cpi;
}
