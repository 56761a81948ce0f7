import { expectObject } from '../../../../shape/expect.ts';
import type { ServiceClient } from '../../service-client.ts';
import {
  buildCreateVolumeTypeRequest,
  buildDeleteVolumeTypeRequest,
  buildGetVolumeTypeRequest,
  buildListVolumeTypesRequest,
} from './requests.ts';
import { parseVolumeType, parseVolumeTypes } from './results.ts';
import type { CreateVolumeTypeOptions, VolumeType } from './types.ts';

/**
 * Lists the volume types visible to the project.
 *
 * @param client - The block-storage service.
 * @param signal - Aborts the request.
 * @returns The volume types.
 */
export async function listVolumeTypes(client: ServiceClient, signal?: AbortSignal): Promise<VolumeType[]> {
  const response = await client.request(buildListVolumeTypesRequest(), signal);
  return parseVolumeTypes(response.body);
}

/**
 * Gets one volume type.
 *
 * @param client - The block-storage service.
 * @param id - The type UUID.
 * @param signal - Aborts the request.
 * @returns The volume type.
 * @throws {@link "index"!NotFoundError} when there is no such type.
 */
export async function getVolumeType(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<VolumeType> {
  const response = await client.request(buildGetVolumeTypeRequest(id), signal);
  return parseVolumeType(expectObject(response.body, '$').volume_type, '$.volume_type');
}

/**
 * Creates a volume type (admin only).
 *
 * @param client - The block-storage service.
 * @param options - Name, visibility and extra specs.
 * @param signal - Aborts the request.
 * @returns The new volume type.
 * @throws {@link "index"!ForbiddenError} for non-admins; {@link "index"!ConflictError} for a taken name.
 */
export async function createVolumeType(
  client: ServiceClient,
  options: CreateVolumeTypeOptions,
  signal?: AbortSignal,
): Promise<VolumeType> {
  const response = await client.request(buildCreateVolumeTypeRequest(options), signal);
  return parseVolumeType(expectObject(response.body, '$').volume_type, '$.volume_type');
}

/**
 * Deletes a volume type (admin only).
 *
 * @param client - The block-storage service.
 * @param id - The type UUID.
 * @param signal - Aborts the request.
 * @returns Nothing.
 * @throws {@link "index"!BadRequestError} while volumes use it.
 */
export async function deleteVolumeType(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.request(buildDeleteVolumeTypeRequest(id), signal);
}
