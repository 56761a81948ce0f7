// `stratus/openstack/wire`: the low-level layer: pure request builders (`build…Request`), response parsers
// (`parse…`), pagination and version discovery, for callers who send their own requests. Everything else is in
// `stratus/openstack` and its per-service entry points. Named re-exports only.

export {
  buildAttachVolumeRequest,
  buildDetachVolumeRequest,
  buildListVolumeAttachmentsRequest,
  parseVolumeAttachment,
  parseVolumeAttachments,
} from '../block-storage/attachments/index.ts';
export {
  buildGetVolumeQuotasRequest,
  buildUpdateVolumeQuotasRequest,
  parseVolumeQuotaLimits,
  parseVolumeQuotas,
} from '../block-storage/quotas/index.ts';
export {
  buildCreateSnapshotRequest,
  buildDeleteSnapshotRequest,
  buildGetSnapshotRequest,
  buildListSnapshotsRequest,
  buildUpdateSnapshotRequest,
  parseSnapshot,
} from '../block-storage/snapshots/index.ts';
export {
  buildCreateVolumeTypeRequest,
  buildDeleteVolumeTypeRequest,
  buildGetVolumeTypeRequest,
  buildListVolumeTypesRequest,
  parseVolumeType,
  parseVolumeTypes,
} from '../block-storage/volume-types/index.ts';
export {
  buildCreateVolumeRequest,
  buildDeleteVolumeRequest,
  buildExtendVolumeRequest,
  buildGetVolumeRequest,
  buildListVolumesRequest,
  buildUpdateVolumeRequest,
  parseVolume,
} from '../block-storage/volumes/index.ts';
export {
  buildListAvailabilityZonesRequest,
  parseAvailabilityZone,
} from '../compute/availability-zones/index.ts';
export {
  fixedCompute,
  overrideMicroversion,
} from '../compute/client.ts';
export {
  buildGetFlavorExtraSpecsRequest,
  buildGetFlavorRequest,
  buildListFlavorsRequest,
  parseExtraSpecs,
  parseFlavor,
} from '../compute/flavors/index.ts';
export {
  buildAttachInterfaceRequest,
  buildDetachInterfaceRequest,
  buildListInterfacesRequest,
  parseServerInterface,
} from '../compute/interfaces/index.ts';
export {
  buildCreateKeypairRequest,
  buildDeleteKeypairRequest,
  buildGetKeypairRequest,
  buildListKeypairsRequest,
  parseKeypair,
  parseListedKeypair,
} from '../compute/keypairs/index.ts';
export {
  buildGetLimitsRequest,
  parseLimits,
} from '../compute/limits/index.ts';
export {
  buildDeleteMetadataItemRequest,
  buildGetMetadataRequest,
  buildSetMetadataRequest,
  parseMetadata,
} from '../compute/metadata/index.ts';
export {
  buildGetDefaultQuotaSetRequest,
  buildGetQuotaSetRequest,
  buildUpdateQuotaSetRequest,
  parseQuotaSet,
} from '../compute/quota-sets/index.ts';
export {
  buildChangePasswordRequest,
  buildConsoleOutputRequest,
  buildCreateServerImageRequest,
  buildLockRequest,
  buildRebootRequest,
  buildRebuildRequest,
  buildRemoteConsoleRequest,
  buildRescueRequest,
  buildResizeRequest,
  buildServerActionRequest,
  buildSimpleActionRequest,
  parseConsoleOutput,
  parseCreatedImageId,
  parseRemoteConsole,
  parseRescue,
} from '../compute/server-actions/index.ts';
export {
  buildCreateServerGroupRequest,
  buildDeleteServerGroupRequest,
  buildGetServerGroupRequest,
  buildListServerGroupsRequest,
  parseServerGroup,
} from '../compute/server-groups/index.ts';
export {
  buildCreateServerRequest,
  buildDeleteServerRequest,
  buildGetServerRequest,
  buildListServersRequest,
  buildUpdateServerRequest,
  parseCreatedServer,
  parseServer,
} from '../compute/servers/index.ts';
export {
  buildDownloadImageDataRequest,
  buildUploadImageDataRequest,
} from '../image/image-data/index.ts';
export {
  buildCreateImageRequest,
  buildDeleteImageRequest,
  buildGetImageRequest,
  buildImageActionRequest,
  buildListImagesRequest,
  buildUpdateImageRequest,
  parseImage,
} from '../image/images/index.ts';
export {
  buildAddImageMemberRequest,
  buildListImageMembersRequest,
  buildRemoveImageMemberRequest,
  buildUpdateImageMemberRequest,
  parseImageMember,
  parseImageMembers,
} from '../image/members/index.ts';
export {
  microversionHeaders,
  microversionOption,
  type NegotiationInput,
  negotiateMicroversion,
} from '../microversion.ts';
export {
  buildAllocateFloatingIpRequest,
  buildListFloatingIpsRequest,
  buildSetFloatingIpPortRequest,
  parseFloatingIp,
} from '../network/floating-ips/index.ts';
export {
  buildCreateNetworkRequest,
  buildListNetworksRequest,
  buildUpdateNetworkRequest,
  parseNetwork,
} from '../network/networks/index.ts';
export {
  buildCreatePortRequest,
  buildListPortsRequest,
  buildUpdatePortRequest,
  parsePort,
} from '../network/ports/index.ts';
export {
  buildGetNetworkQuotasRequest,
  buildUpdateNetworkQuotasRequest,
  parseNetworkQuotaLimits,
  parseNetworkQuotas,
} from '../network/quotas/index.ts';
export {
  buildCreateRouterRequest,
  buildListRoutersRequest,
  buildRouterInterfaceRequest,
  buildUpdateRouterRequest,
  parseRouter,
  parseRouterInterface,
} from '../network/routers/index.ts';
export {
  buildCreateSecurityGroupRuleRequest,
  buildListSecurityGroupRulesRequest,
  parseSecurityGroupRule,
} from '../network/security-group-rules/index.ts';
export {
  buildCreateSecurityGroupRequest,
  buildListSecurityGroupsRequest,
  buildUpdateSecurityGroupRequest,
  parseSecurityGroup,
} from '../network/security-groups/index.ts';
export {
  buildCreateSubnetRequest,
  buildListSubnetsRequest,
  buildUpdateSubnetRequest,
  parseSubnet,
} from '../network/subnets/index.ts';
export {
  buildListStackEventsRequest,
  parseStackEvent,
} from '../orchestration/events/index.ts';
export {
  buildGetStackResourceRequest,
  buildListStackResourcesRequest,
  buildMarkResourceUnhealthyRequest,
  parseStackResource,
  parseStackResources,
} from '../orchestration/resources/index.ts';
export {
  buildCreateStackRequest,
  buildDeleteStackRequest,
  buildFindStackRequest,
  buildGetStackRequest,
  buildGetStackTemplateRequest,
  buildListStacksRequest,
  buildUpdateStackRequest,
  parseCreatedStack,
  parseStack,
} from '../orchestration/stacks/index.ts';
export {
  linksNext,
  type NextPage,
  type PaginateOptions,
  paginate,
} from '../pagination.ts';
export { resolveServiceUrl } from '../service-client.ts';
export { parseV10Addresses } from '../v1-0/addresses/index.ts';
export { parseV10Flavor } from '../v1-0/flavors/index.ts';
export { parseV10Image } from '../v1-0/images/index.ts';
export { parseV10LimitsBody } from '../v1-0/limits/index.ts';
export { parseV10Server } from '../v1-0/servers/index.ts';
export { parseV10SharedIpGroup } from '../v1-0/shared-ip-groups/index.ts';
export {
  decodeV10Xml,
  encodeV10Xml,
  parseV10Fault,
  V10_XML_NAMESPACE,
} from '../v1-0/wire/index.ts';
export {
  type ApiVersion,
  discoverVersion,
  parseVersionDocument,
  versionDocumentUrl,
} from '../version-discovery.ts';
