import {
  bindServiceCall,
  bindServiceList,
  type ServiceBound,
  type ServiceResolver,
} from '../network/extensions/bind-service.ts';
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
    listVolumes: bindServiceList(service, listVolumes),
    getVolume: bindServiceCall(service, getVolume),
    findVolume: bindServiceCall(service, findVolume),
    createVolume: bindServiceCall(service, createVolume),
    updateVolume: bindServiceCall(service, updateVolume),
    extendVolume: bindServiceCall(service, extendVolume),
    deleteVolume: bindServiceCall(service, deleteVolume),
    waitForVolumeStatus: bindServiceCall(service, waitForVolumeStatus),
    waitForVolumeDeleted: bindServiceCall(service, waitForVolumeDeleted),
    listSnapshots: bindServiceList(service, listSnapshots),
    getSnapshot: bindServiceCall(service, getSnapshot),
    findSnapshot: bindServiceCall(service, findSnapshot),
    createSnapshot: bindServiceCall(service, createSnapshot),
    updateSnapshot: bindServiceCall(service, updateSnapshot),
    deleteSnapshot: bindServiceCall(service, deleteSnapshot),
    waitForSnapshotStatus: bindServiceCall(service, waitForSnapshotStatus),
    listVolumeTypes: bindServiceCall(service, listVolumeTypes),
    getVolumeType: bindServiceCall(service, getVolumeType),
    createVolumeType: bindServiceCall(service, createVolumeType),
    deleteVolumeType: bindServiceCall(service, deleteVolumeType),
    getVolumeQuotas: bindServiceCall(service, getVolumeQuotas),
    updateVolumeQuotas: bindServiceCall(service, updateVolumeQuotas),
  });
}
