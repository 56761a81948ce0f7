import type { ServiceRequest } from '../../service-client.ts';
import type { ImageMemberStatus } from './types.ts';

const base = (imageId: string): string => `images/${encodeURIComponent(imageId)}/members`;

/**
 * Builds `GET /v2/images/{id}/members`.
 *
 * @param imageId - The image UUID.
 * @returns The request.
 */
export function buildListImageMembersRequest(imageId: string): ServiceRequest {
  return { method: 'GET', path: base(imageId), expect: [200] };
}

/**
 * Builds `POST /v2/images/{id}/members` (the image must have visibility `shared`).
 *
 * @param imageId - The image UUID.
 * @param projectId - The project to share with.
 * @returns The request.
 */
export function buildAddImageMemberRequest(imageId: string, projectId: string): ServiceRequest {
  return { method: 'POST', path: base(imageId), json: { member: projectId }, expect: [200] };
}

/**
 * Builds `PUT /v2/images/{id}/members/{member}` (the member project accepts or rejects).
 *
 * @param imageId - The image UUID.
 * @param projectId - The member project.
 * @param status - The new status.
 * @returns The request.
 */
export function buildUpdateImageMemberRequest(
  imageId: string,
  projectId: string,
  status: ImageMemberStatus,
): ServiceRequest {
  return {
    method: 'PUT',
    path: `${base(imageId)}/${encodeURIComponent(projectId)}`,
    json: { status },
    expect: [200],
  };
}

/**
 * Builds `DELETE /v2/images/{id}/members/{member}`.
 *
 * @param imageId - The image UUID.
 * @param projectId - The member project.
 * @returns The request.
 */
export function buildRemoveImageMemberRequest(imageId: string, projectId: string): ServiceRequest {
  return { method: 'DELETE', path: `${base(imageId)}/${encodeURIComponent(projectId)}`, expect: [204] };
}
