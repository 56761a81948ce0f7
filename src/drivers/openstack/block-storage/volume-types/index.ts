export { createVolumeType, deleteVolumeType, getVolumeType, listVolumeTypes } from './operations.ts';
export {
  buildCreateVolumeTypeRequest,
  buildDeleteVolumeTypeRequest,
  buildGetVolumeTypeRequest,
  buildListVolumeTypesRequest,
} from './requests.ts';
export { parseVolumeType, parseVolumeTypes } from './results.ts';
export type { CreateVolumeTypeOptions, VolumeType } from './types.ts';
