/** One address of a server on one network. */
export interface ServerAddress {
  /** The IP address. */
  readonly addr: string;
  /** 4 or 6. */
  readonly version: number;
  /** `fixed` or `floating` (`OS-EXT-IPS:type`), when reported. */
  readonly type: string | undefined;
  /** The port's MAC address (`OS-EXT-IPS-MAC:mac_addr`), when reported. */
  readonly macAddr: string | undefined;
}

/**
 * The flavor a server runs with: a reference before microversion 2.47, an embedded copy from 2.47 on.
 *
 * @remarks
 * Before 2.47 only `id` is set; from 2.47 `id` is absent and the sizes and `originalName` are set.
 */
export interface ServerFlavor {
  /** The flavor id (before 2.47). */
  readonly id: string | undefined;
  /** The flavor's name when the server was created (2.47+). */
  readonly originalName: string | undefined;
  /** Memory in MiB (2.47+). */
  readonly ram: number | undefined;
  /** Virtual CPUs (2.47+). */
  readonly vcpus: number | undefined;
  /** Root disk in GB (2.47+). */
  readonly disk: number | undefined;
  /** Extra specs (2.47+, when policy shows them). */
  readonly extraSpecs: Readonly<Record<string, string>>;
}

/** Why a server is in ERROR, as Nova reports it. */
export interface ServerFault {
  /** The HTTP-like code, e.g. 500. */
  readonly code: number | undefined;
  /** The message, e.g. `No valid host was found.` */
  readonly message: string;
  /** When it happened. */
  readonly created: string | undefined;
}

/**
 * A Nova server, parsed from any microversion between 2.1 and 2.96.
 *
 * @see https://docs.openstack.org/api-ref/compute/#show-server-details
 */
export interface Server {
  /** The server id. */
  readonly id: string;
  /** The name (`''` for a partial record from a down cell, 2.69+). */
  readonly name: string;
  /** Nova's status, e.g. `ACTIVE`, `BUILD`, `SHUTOFF`, `ERROR`. */
  readonly status: string;
  /** The owning project. */
  readonly tenantId: string | undefined;
  /** The creating user. */
  readonly userId: string | undefined;
  /** The image id; `undefined` for a server booted from a volume (Nova sends `image: ""`). */
  readonly imageId: string | undefined;
  /** The flavor, in either shape. */
  readonly flavor: ServerFlavor | undefined;
  /** Addresses by network name. */
  readonly addresses: Readonly<Record<string, readonly ServerAddress[]>>;
  /** User metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The key pair name. */
  readonly keyName: string | undefined;
  /** The availability zone (`OS-EXT-AZ:availability_zone`). */
  readonly availabilityZone: string | undefined;
  /** Creation time (ISO 8601). */
  readonly created: string | undefined;
  /** Last update time (ISO 8601). */
  readonly updated: string | undefined;
  /** `OS-EXT-STS:task_state`, e.g. `spawning`, `rebooting`. */
  readonly taskState: string | undefined;
  /** `OS-EXT-STS:vm_state`, e.g. `active`. */
  readonly vmState: string | undefined;
  /** `OS-EXT-STS:power_state` (1 = running, 4 = shutdown). */
  readonly powerState: number | undefined;
  /** Build progress in percent, when reported. */
  readonly progress: number | undefined;
  /** The security group names. */
  readonly securityGroups: readonly string[];
  /** Attached volume ids. */
  readonly volumeIds: readonly string[];
  /** Server tags (2.26+). */
  readonly tags: readonly string[];
  /** Whether the server is locked (2.9+). */
  readonly locked: boolean | undefined;
  /** Why it is locked (2.73+). */
  readonly lockedReason: string | undefined;
  /** The description (2.19+). */
  readonly description: string | undefined;
  /** The host id hash (not the host name). */
  readonly hostId: string | undefined;
  /** `accessIPv4`, when set. */
  readonly accessIPv4: string | undefined;
  /** `accessIPv6`, when set. */
  readonly accessIPv6: string | undefined;
  /** The fault, for a server in ERROR. */
  readonly fault: ServerFault | undefined;
  /**
   * The admin password Nova generated, only on the record `createNode` returns (libcloud's `extra.password`);
   * hidden from `util.inspect` and `JSON.stringify`, never logged.
   */
  readonly password?: string | undefined;
}

/** Nova's answer to a server create: only the id, links and (unless disabled) the admin password. */
export interface CreatedServer {
  /** The new server id. */
  readonly id: string;
  /**
   * The admin password Nova set or was given; `undefined` when the cloud disables password injection.
   * Never logged by Stratus.
   */
  readonly adminPass: string | undefined;
}

/** Filters and paging of {@link "drivers/openstack/compute"!listServers}. Every filter is sent to Nova (none is applied client-side). */
export interface ListServersOptions {
  /** A regular expression on the name (Nova's semantics: `^web-` anchors). */
  readonly name?: string | undefined;
  /** Nova status, e.g. `ACTIVE`. */
  readonly status?: string | undefined;
  /** A regular expression on IPv4 addresses. */
  readonly ip?: string | undefined;
  /** A regular expression on IPv6 addresses. */
  readonly ip6?: string | undefined;
  /** Servers having all these tags (2.26+). */
  readonly tags?: readonly string[] | undefined;
  /** Servers having any of these tags (2.26+). */
  readonly tagsAny?: readonly string[] | undefined;
  /** Servers changed since this time (includes deleted ones). */
  readonly changesSince?: Date | string | undefined;
  /** Filter by flavor id. */
  readonly flavor?: string | undefined;
  /** Filter by image id. */
  readonly image?: string | undefined;
  /** Filter by availability zone. */
  readonly availabilityZone?: string | undefined;
  /** Admin only: servers of every project. */
  readonly allProjects?: boolean | undefined;
  /** Page size; every page is still walked. @defaultValue Nova's `max_limit` (usually 1000) */
  readonly pageSize?: number | undefined;
}
