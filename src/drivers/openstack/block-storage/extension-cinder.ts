import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../bind.ts';
import { getVolumeQuotas, updateVolumeQuotas } from './quotas/operations.ts';
import {
  createSnapshot,
  deleteSnapshot,
  findSnapshot,
  getSnapshot,
  listSnapshots,
  updateSnapshot,
  waitForSnapshotStatus,
} from './snapshots/operations.ts';
import {
  createVolumeType,
  deleteVolumeType,
  getVolumeType,
  listVolumeTypes,
} from './volume-types/operations.ts';
import {
  createVolume,
  deleteVolume,
  extendVolume,
  findVolume,
  getVolume,
  listVolumes,
  updateVolume,
} from './volumes/operations.ts';
import { waitForVolumeDeleted, waitForVolumeStatus } from './volumes/waiters.ts';

/**
 * The Cinder-only part of `driver.ext.blockStorage`.
 */
export interface CinderOperations {
  /** {@inheritDoc "drivers/openstack/block-storage"!listVolumes} */
  readonly listVolumes: ServiceBound<typeof listVolumes>;
  /** {@inheritDoc "drivers/openstack/block-storage"!getVolume} */
  readonly getVolume: ServiceBound<typeof getVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!findVolume} */
  readonly findVolume: ServiceBound<typeof findVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!createVolume} */
  readonly createVolume: ServiceBound<typeof createVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!updateVolume} */
  readonly updateVolume: ServiceBound<typeof updateVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!extendVolume} */
  readonly extendVolume: ServiceBound<typeof extendVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!deleteVolume} */
  readonly deleteVolume: ServiceBound<typeof deleteVolume>;
  /** {@inheritDoc "drivers/openstack/block-storage"!waitForVolumeStatus} */
  readonly waitForVolumeStatus: ServiceBound<typeof waitForVolumeStatus>;
  /** {@inheritDoc "drivers/openstack/block-storage"!waitForVolumeDeleted} */
  readonly waitForVolumeDeleted: ServiceBound<typeof waitForVolumeDeleted>;
  /** {@inheritDoc "drivers/openstack/block-storage"!listSnapshots} */
  readonly listSnapshots: ServiceBound<typeof listSnapshots>;
  /** {@inheritDoc "drivers/openstack/block-storage"!getSnapshot} */
  readonly getSnapshot: ServiceBound<typeof getSnapshot>;
  /** {@inheritDoc "drivers/openstack/block-storage"!findSnapshot} */
  readonly findSnapshot: ServiceBound<typeof findSnapshot>;
  /** {@inheritDoc "drivers/openstack/block-storage"!createSnapshot} */
  readonly createSnapshot: ServiceBound<typeof createSnapshot>;
  /** {@inheritDoc "drivers/openstack/block-storage"!updateSnapshot} */
  readonly updateSnapshot: ServiceBound<typeof updateSnapshot>;
  /** {@inheritDoc "drivers/openstack/block-storage"!deleteSnapshot} */
  readonly deleteSnapshot: ServiceBound<typeof deleteSnapshot>;
  /** {@inheritDoc "drivers/openstack/block-storage"!waitForSnapshotStatus} */
  readonly waitForSnapshotStatus: ServiceBound<typeof waitForSnapshotStatus>;
  /** {@inheritDoc "drivers/openstack/block-storage"!listVolumeTypes} */
  readonly listVolumeTypes: ServiceBound<typeof listVolumeTypes>;
  /** {@inheritDoc "drivers/openstack/block-storage"!getVolumeType} */
  readonly getVolumeType: ServiceBound<typeof getVolumeType>;
  /** {@inheritDoc "drivers/openstack/block-storage"!createVolumeType} */
  readonly createVolumeType: ServiceBound<typeof createVolumeType>;
  /** {@inheritDoc "drivers/openstack/block-storage"!deleteVolumeType} */
  readonly deleteVolumeType: ServiceBound<typeof deleteVolumeType>;
  /** {@inheritDoc "drivers/openstack/block-storage"!getVolumeQuotas} */
  readonly getVolumeQuotas: ServiceBound<typeof getVolumeQuotas>;
  /** {@inheritDoc "drivers/openstack/block-storage"!updateVolumeQuotas} */
  readonly updateVolumeQuotas: ServiceBound<typeof updateVolumeQuotas>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createCinderOperations(service: ServiceResolver): CinderOperations {
  return Object.freeze({
    listVolumes: bindList(service, listVolumes),
    getVolume: bindCall(service, getVolume),
    findVolume: bindCall(service, findVolume),
    createVolume: bindCall(service, createVolume),
    updateVolume: bindCall(service, updateVolume),
    extendVolume: bindCall(service, extendVolume),
    deleteVolume: bindCall(service, deleteVolume),
    waitForVolumeStatus: bindCall(service, waitForVolumeStatus),
    waitForVolumeDeleted: bindCall(service, waitForVolumeDeleted),
    listSnapshots: bindList(service, listSnapshots),
    getSnapshot: bindCall(service, getSnapshot),
    findSnapshot: bindCall(service, findSnapshot),
    createSnapshot: bindCall(service, createSnapshot),
    updateSnapshot: bindCall(service, updateSnapshot),
    deleteSnapshot: bindCall(service, deleteSnapshot),
    waitForSnapshotStatus: bindCall(service, waitForSnapshotStatus),
    listVolumeTypes: bindCall(service, listVolumeTypes),
    getVolumeType: bindCall(service, getVolumeType),
    createVolumeType: bindCall(service, createVolumeType),
    deleteVolumeType: bindCall(service, deleteVolumeType),
    getVolumeQuotas: bindCall(service, getVolumeQuotas),
    updateVolumeQuotas: bindCall(service, updateVolumeQuotas),
  });
}
