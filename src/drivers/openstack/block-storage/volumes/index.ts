export {
  createVolume,
  deleteVolume,
  extendVolume,
  findVolume,
  getVolume,
  listVolumes,
  updateVolume,
} from './operations.ts';
export {
  buildCreateVolumeRequest,
  buildDeleteVolumeRequest,
  buildExtendVolumeRequest,
  buildGetVolumeRequest,
  buildListVolumesRequest,
  buildUpdateVolumeRequest,
} from './requests.ts';
export { parseVolume } from './results.ts';
export {
  type CreateVolumeOptions,
  type ListVolumesOptions,
  type UpdateVolumeOptions,
  type Volume,
  type VolumeAttachmentInfo,
  type VolumeSource,
  VolumeStatus,
  type VolumeWaitOptions,
} from './types.ts';
export { waitForVolumeDeleted, waitForVolumeStatus } from './waiters.ts';
