export { createImageWithData, downloadImageData, saveImageData, uploadImageData } from './operations.ts';
export { buildDownloadImageDataRequest, buildUploadImageDataRequest } from './requests.ts';
export type {
  ImageDataSource,
  ImageDownload,
  SaveImageDataOptions,
  TransferProgress,
  UploadImageDataOptions,
} from './types.ts';
