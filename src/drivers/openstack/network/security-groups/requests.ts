import type { ServiceRequest } from '../../service-client.ts';
import {
  buildNeutronCreateRequest,
  buildNeutronListRequest,
  buildNeutronUpdateRequest,
  defined,
} from '../resource.ts';
import type {
  CreateSecurityGroupOptions,
  ListSecurityGroupsOptions,
  UpdateSecurityGroupOptions,
} from './types.ts';

const GROUP = { collection: 'security-groups', key: 'security_group' } as const;

/**
 * Builds the first page of `GET /v2.0/security-groups`.
 *
 * @param options - Filters and page size.
 * @returns The request.
 */
export function buildListSecurityGroupsRequest(options: ListSecurityGroupsOptions = {}): ServiceRequest {
  const filters = { name: options.name, project_id: options.projectId };
  return buildNeutronListRequest('security-groups', filters, options.pageSize);
}

/**
 * Builds `POST /v2.0/security-groups`.
 *
 * @param options - Name and description.
 * @returns The request.
 */
export function buildCreateSecurityGroupRequest(options: CreateSecurityGroupOptions): ServiceRequest {
  return buildNeutronCreateRequest(GROUP, defined({ name: options.name, description: options.description }));
}

/**
 * Builds `PUT /v2.0/security-groups/{id}`.
 *
 * @param id - The group UUID.
 * @param options - What to change.
 * @returns The request.
 */
export function buildUpdateSecurityGroupRequest(
  id: string,
  options: UpdateSecurityGroupOptions,
): ServiceRequest {
  return buildNeutronUpdateRequest(
    GROUP,
    id,
    defined({ name: options.name, description: options.description }),
  );
}
