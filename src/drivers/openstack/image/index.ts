// `stratus/openstack/image`: the Glance operations (list/get/create/… per resource, lazy lists, waiters) and
// their option and model types. Request builders and parsers are in `stratus/openstack/wire`. Named re-exports only.

export { glanceNext } from './endpoint.ts';
export type { ImageExtension } from './extension.ts';
export {
  createImageWithData,
  downloadImageData,
  type ImageDataSource,
  type ImageDownload,
  type SaveImageDataOptions,
  saveImageData,
  type TransferProgress,
  type UploadImageDataOptions,
  uploadImageData,
} from './image-data/index.ts';
export {
  type CreateImageOptions,
  createImage,
  DEFAULT_IMAGE_PAGE_SIZE,
  deactivateImage,
  deleteImage,
  findImagesByName,
  getImage,
  IMAGE_PATCH_CONTENT_TYPE,
  type Image,
  ImageStatus,
  ImageVisibility,
  imagePatch,
  type JsonPatchOperation,
  type ListImagesOptions,
  listImages,
  reactivateImage,
  type UpdateImageOptions,
  updateImage,
} from './images/index.ts';
export {
  addImageMember,
  type ImageMember,
  ImageMemberStatus,
  listImageMembers,
  removeImageMember,
  updateImageMember,
} from './members/index.ts';
export { imageToNodeImage } from './portable.ts';
