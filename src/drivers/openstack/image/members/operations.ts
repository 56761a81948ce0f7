import type { ServiceClient } from '../../service-client.ts';
import { glanceV2 } from '../endpoint.ts';
import {
  buildAddImageMemberRequest,
  buildListImageMembersRequest,
  buildRemoveImageMemberRequest,
  buildUpdateImageMemberRequest,
} from './requests.ts';
import { parseImageMember, parseImageMembers } from './results.ts';
import type { ImageMember, ImageMemberStatus } from './types.ts';

/**
 * Lists the projects an image is shared with.
 *
 * @param client - The image service.
 * @param imageId - The image UUID.
 * @param signal - Aborts the request.
 * @returns The members (Glance does not paginate this list).
 */
export async function listImageMembers(
  client: ServiceClient,
  imageId: string,
  signal?: AbortSignal,
): Promise<ImageMember[]> {
  const response = await glanceV2(client).request(buildListImageMembersRequest(imageId), signal);
  return parseImageMembers(response.body);
}

/**
 * Shares an image with a project (status `pending` until that project accepts).
 *
 * @param client - The image service (as the owner).
 * @param imageId - The image UUID; its visibility must be `shared`.
 * @param projectId - The project to share with.
 * @param signal - Aborts the request.
 * @returns The new member.
 * @throws {@link "index"!ForbiddenError} when the image's visibility is not `shared`; {@link "index"!ConflictError} when already shared.
 */
export async function addImageMember(
  client: ServiceClient,
  imageId: string,
  projectId: string,
  signal?: AbortSignal,
): Promise<ImageMember> {
  const response = await glanceV2(client).request(buildAddImageMemberRequest(imageId, projectId), signal);
  return parseImageMember(response.body);
}

/**
 * Accepts or rejects a shared image (called by the member project) or resets it to pending.
 *
 * @param client - The image service (as the member project).
 * @param imageId - The image UUID.
 * @param projectId - The member project (your own project).
 * @param status - `accepted`, `rejected` or `pending`.
 * @param signal - Aborts the request.
 * @returns The updated member.
 */
export async function updateImageMember(
  client: ServiceClient,
  imageId: string,
  projectId: string,
  status: ImageMemberStatus,
  signal?: AbortSignal,
): Promise<ImageMember> {
  const request = buildUpdateImageMemberRequest(imageId, projectId, status);
  const response = await glanceV2(client).request(request, signal);
  return parseImageMember(response.body);
}

/**
 * Stops sharing an image with a project.
 *
 * @param client - The image service (as the owner).
 * @param imageId - The image UUID.
 * @param projectId - The member project.
 * @param signal - Aborts the request.
 * @returns Nothing.
 */
export async function removeImageMember(
  client: ServiceClient,
  imageId: string,
  projectId: string,
  signal?: AbortSignal,
): Promise<void> {
  await glanceV2(client).request(buildRemoveImageMemberRequest(imageId, projectId), signal);
}
