export {
  createImage,
  deactivateImage,
  deleteImage,
  findImagesByName,
  getImage,
  listImages,
  reactivateImage,
  updateImage,
} from './operations.ts';
export {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildImageActionRequest,
  buildListImagesRequest,
  buildUpdateImageRequest,
  DEFAULT_IMAGE_PAGE_SIZE,
  IMAGE_PATCH_CONTENT_TYPE,
  imagePatch,
  type JsonPatchOperation,
} from './requests.ts';
export { parseImage } from './results.ts';
export {
  type CreateImageOptions,
  type Image,
  ImageStatus,
  ImageVisibility,
  type ListImagesOptions,
  type UpdateImageOptions,
} from './types.ts';
