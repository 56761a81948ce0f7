import type { BlockStorageService } from './block-storage.ts';
import type { FloatingIpService } from './floating-ips.ts';
import type { ImageUploadService } from './image-upload.ts';
import type { NetworkingService } from './networking.ts';
import type { MarkService, ProvisioningService } from './provisioning.ts';
import type { SecurityGroupService } from './security-groups.ts';
import type { StackService } from './stacks.ts';

export type { BlockStorageService } from './block-storage.ts';
export type { FloatingIpService } from './floating-ips.ts';
export type { ImageUploadService } from './image-upload.ts';
export type { NetworkingService } from './networking.ts';
export type { MarkService, ProvisioningService } from './provisioning.ts';
export type { SecurityGroupService } from './security-groups.ts';
export type { StackService, StackTemplateFormat } from './stacks.ts';

/** Networks, subnets, routers and ports, under `driver.networking`. */
export interface NetworkingCapability {
  /** The networking methods. */
  readonly networking: NetworkingService;
}
/** Security groups and rules, under `driver.securityGroups`. */
export interface SecurityGroupsCapability {
  /** The security group methods. */
  readonly securityGroups: SecurityGroupService;
}
/** Floating IPs, under `driver.floatingIps`. */
export interface FloatingIpsCapability {
  /** The floating IP methods. */
  readonly floatingIps: FloatingIpService;
}
/** Volumes, attachments and snapshots, under `driver.blockStorage`. */
export interface BlockStorageCapability {
  /** The block-storage methods. */
  readonly blockStorage: BlockStorageService;
}
/** Images with streamed upload, under `driver.imageUpload`. */
export interface ImageUploadCapability {
  /** The image upload methods. */
  readonly imageUpload: ImageUploadService;
}
/** The stack service, under `driver.stacks`. */
export interface StacksCapability {
  /** The stack methods. */
  readonly stacks: StackService;
}
/** Full node creation and node metadata, under `driver.provisioning`. */
export interface ProvisioningCapability {
  /** The provisioning methods. */
  readonly provisioning: ProvisioningService;
}
/** Ownership marks, under `driver.marks`. */
export interface MarksCapability {
  /** The mark methods. */
  readonly marks: MarkService;
}
