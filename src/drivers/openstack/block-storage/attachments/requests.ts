import type { ServiceRequest } from '../../service-client.ts';

const base = (serverId: string): string => `servers/${encodeURIComponent(serverId)}/os-volume_attachments`;

/**
 * Builds Nova's `POST /servers/{id}/os-volume_attachments`.
 *
 * @param serverId - The server UUID.
 * @param volumeId - The volume UUID.
 * @param device - An optional device name.
 * @returns The request (for the compute service).
 */
export function buildAttachVolumeRequest(
  serverId: string,
  volumeId: string,
  device?: string,
): ServiceRequest {
  const volumeAttachment: Record<string, string> = { volumeId };
  if (device !== undefined) volumeAttachment.device = device;
  return { method: 'POST', path: base(serverId), json: { volumeAttachment }, expect: [200] };
}

/**
 * Builds Nova's `DELETE /servers/{id}/os-volume_attachments/{volume_id}`.
 *
 * @param serverId - The server UUID.
 * @param volumeId - The volume UUID.
 * @returns The request (for the compute service).
 */
export function buildDetachVolumeRequest(serverId: string, volumeId: string): ServiceRequest {
  return { method: 'DELETE', path: `${base(serverId)}/${encodeURIComponent(volumeId)}`, expect: [202] };
}

/**
 * Builds Nova's `GET /servers/{id}/os-volume_attachments`.
 *
 * @param serverId - The server UUID.
 * @returns The request (for the compute service).
 */
export function buildListVolumeAttachmentsRequest(serverId: string): ServiceRequest {
  return { method: 'GET', path: base(serverId), expect: [200] };
}
