export { createV10ComputeClient, type V10ComputeClientOptions, V10Format } from './client.ts';
export { faultText, parseV10Fault, retryAfterToMs, type V10Fault } from './fault.ts';
export { checkV10Id, expectV10Id, optionalV10Id } from './ids.ts';
export {
  offsetNext,
  V10_MAX_PAGE_SIZE,
  type V10ListOptions,
  v10ListQuery,
  v10PageSize,
} from './pagination.ts';
export { decodeV10Xml } from './xml-decode.ts';
export { encodeV10Xml, V10_XML_NAMESPACE } from './xml-encode.ts';
