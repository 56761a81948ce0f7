export { deleteServerMetadataItem, getServerMetadata, setServerMetadata } from './operations.ts';
export {
  buildDeleteMetadataItemRequest,
  buildGetMetadataRequest,
  buildSetMetadataRequest,
} from './requests.ts';
export { parseMetadata } from './results.ts';
export type { ServerMetadata } from './types.ts';
