export {
  createV10Image,
  deleteV10Image,
  getV10Image,
  listV10ImageDetails,
  listV10Images,
} from './operations.ts';
export {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildListImagesRequest,
} from './requests.ts';
export { parseV10Image, parseV10ImageBody, parseV10ImageRef } from './results.ts';
export type { CreateV10ImageOptions, ListV10ImagesOptions, V10Image, V10ImageRef } from './types.ts';
