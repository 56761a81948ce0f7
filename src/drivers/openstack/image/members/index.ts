export { addImageMember, listImageMembers, removeImageMember, updateImageMember } from './operations.ts';
export {
  buildAddImageMemberRequest,
  buildListImageMembersRequest,
  buildRemoveImageMemberRequest,
  buildUpdateImageMemberRequest,
} from './requests.ts';
export { parseImageMember, parseImageMembers } from './results.ts';
export { type ImageMember, ImageMemberStatus } from './types.ts';
