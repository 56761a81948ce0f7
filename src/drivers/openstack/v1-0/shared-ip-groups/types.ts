import type { V10ListOptions } from '../wire/pagination.ts';

/** A 1.0 shared IP group: servers that can share public addresses. */
export interface V10SharedIpGroup {
  /** The numeric id, as a decimal string. */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** The ids of the servers in the group; `undefined` from the summary list, which leaves them out. */
  readonly servers: readonly string[] | undefined;
}

/** Options of the 1.0 shared IP group lists. */
export type ListV10SharedIpGroupsOptions = V10ListOptions;

/** Options of {@link "drivers/openstack/v1-0"!createSharedIpGroup}. */
export interface CreateV10SharedIpGroupOptions {
  /** The group name. */
  readonly name: string;
  /** A server to put in the group at once (its public address becomes shareable). @defaultValue none */
  readonly serverId?: string | undefined;
}

/** Options of {@link "drivers/openstack/v1-0"!shareIp}. */
export interface ShareV10IpOptions {
  /** The shared IP group the address belongs to. */
  readonly sharedIpGroupId: string;
  /** The numeric id of the server that should get the address. */
  readonly serverId: string;
  /** The public address to share. */
  readonly address: string;
  /** Let the cloud configure the address inside the server (it reboots it). @defaultValue `true` */
  readonly configureServer?: boolean | undefined;
}
