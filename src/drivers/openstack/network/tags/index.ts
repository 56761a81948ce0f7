export { addTags, listTaggedIds, listTags } from './operations.ts';
export { buildAddTagRequest, buildListTaggedRequest, buildListTagsRequest } from './requests.ts';
export { parseIdOnly, parseTags } from './results.ts';
export type { TaggableCollection } from './types.ts';
