export { type AttachmentClients, attachVolume, detachVolume, listVolumeAttachments } from './operations.ts';
export {
  buildAttachVolumeRequest,
  buildDetachVolumeRequest,
  buildListVolumeAttachmentsRequest,
} from './requests.ts';
export { parseVolumeAttachment, parseVolumeAttachments } from './results.ts';
export type { AttachVolumeOptions, VolumeAttachment } from './types.ts';
