// `stratus/openstack/block-storage`: the Cinder operations (list/get/create/… per resource, lazy lists, waiters) and
// their option and model types. Request builders and parsers are in `stratus/openstack/wire`. Named re-exports only.

export {
  type AttachmentClients,
  type AttachVolumeOptions,
  attachVolume,
  detachVolume,
  listVolumeAttachments,
  type VolumeAttachment,
} from './attachments/index.ts';
export type { BlockStorageExtension } from './extension.ts';
export type { CinderOperations } from './extension-cinder.ts';
export { volumeToStorageVolume } from './portable.ts';
export {
  getVolumeQuotas,
  updateVolumeQuotas,
  type VolumeQuotaLimits,
  type VolumeQuotas,
  type VolumeQuotaUsage,
} from './quotas/index.ts';
export {
  type CreateSnapshotOptions,
  createSnapshot,
  deleteSnapshot,
  findSnapshot,
  getSnapshot,
  type ListSnapshotsOptions,
  listSnapshots,
  type Snapshot,
  type UpdateSnapshotOptions,
  updateSnapshot,
  waitForSnapshotStatus,
} from './snapshots/index.ts';
export {
  type CreateVolumeTypeOptions,
  createVolumeType,
  deleteVolumeType,
  getVolumeType,
  listVolumeTypes,
  type VolumeType,
} from './volume-types/index.ts';
export {
  type CreateVolumeOptions,
  createVolume,
  deleteVolume,
  extendVolume,
  findVolume,
  getVolume,
  type ListVolumesOptions,
  listVolumes,
  type UpdateVolumeOptions,
  updateVolume,
  type Volume,
  type VolumeAttachmentInfo,
  type VolumeSource,
  VolumeStatus,
  type VolumeWaitOptions,
  waitForVolumeDeleted,
  waitForVolumeStatus,
} from './volumes/index.ts';
