import type { RuleSpec } from '../../document/types.ts';

/** The portable health of an object, from its provider status. */
export type PortHealth = 'ready' | 'pending' | 'failed';

/** What every object the direct engine handles has. */
export interface PortObject {
  /** The provider's id. */
  readonly id: string;
  /** The name ('' for objects without one, like floating IPs). */
  readonly name: string;
  /** The ownership mark: a description (Neutron objects) or metadata (servers, volumes). */
  readonly mark: string | Readonly<Record<string, string>> | undefined;
  /** The health. */
  readonly health: PortHealth;
  /** Why it failed, when the provider says. */
  readonly reason: string | undefined;
}

/** A subnet. */
export interface SubnetObject extends PortObject {
  /** The CIDR. */
  readonly cidr: string;
  /** The gateway address, if any. */
  readonly gatewayIp: string | undefined;
}

/** A router. */
export interface RouterObject extends PortObject {
  /** The external network of the gateway, if any. */
  readonly externalNetworkId: string | undefined;
  /** The gateway's external address, if any. */
  readonly externalIp: string | undefined;
}

/** A port. */
export interface NetworkPortObject extends PortObject {
  /** Its first fixed address. */
  readonly ipAddress: string | undefined;
  /** Its MAC address. */
  readonly macAddress: string | undefined;
  /** The server (or router) it is bound to, if any. */
  readonly deviceId: string | undefined;
  /** Its network. */
  readonly networkId: string;
}

/** A security group. */
export interface SecurityGroupObject extends PortObject {
  /** Its rules. */
  readonly rules: readonly RuleSpec[];
}

/** A floating IP. */
export interface FloatingIpObject extends PortObject {
  /** The public address. */
  readonly address: string;
  /** The port it is associated with, if any. */
  readonly portId: string | undefined;
}

/** A server. */
export interface ServerObject extends PortObject {
  /** The provider status, lower case (`active`, `build`, `error`, …). */
  readonly status: string;
  /** The first fixed address. */
  readonly privateIp: string | undefined;
  /** The first floating address. */
  readonly publicIp: string | undefined;
}

/** A volume. */
export interface VolumeObject extends PortObject {
  /** The provider status (`available`, `in-use`, `error`, …). */
  readonly status: string;
  /** The size in GiB. */
  readonly sizeGb: number;
  /** Where it is attached. */
  readonly attachments: readonly { readonly serverId: string; readonly device: string | undefined }[];
}

/** A key pair (its name is its id). */
export interface KeyPairObject extends PortObject {
  /** The fingerprint. */
  readonly fingerprint: string;
  /** The public key. */
  readonly publicKey: string;
}

/** The list/get/create/delete every kind offers. `delete` and `get` treat an absent object as done/undefined. */
export interface Collection<T extends PortObject, C> {
  /** @param name - Only objects with this exact name, when given. @param signal - Aborts. @returns The objects. */
  list(name: string | undefined, signal?: AbortSignal): Promise<readonly T[]>;
  /** @param id - The id. @param signal - Aborts. @returns The object or `undefined`. */
  get(id: string, signal?: AbortSignal): Promise<T | undefined>;
  /** @param body - What to create (with its mark). @param signal - Aborts. @returns The new object. */
  create(body: C, signal?: AbortSignal): Promise<T>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted (or absent). */
  delete(id: string, signal?: AbortSignal): Promise<void>;
}

/**
 * The portable calls the direct engine makes, one collection per kind plus the few actions that are not
 * create/delete. The facade builds it from the driver's capability interfaces.
 */
export interface DirectPorts {
  /** Key pairs: `create` imports `publicKey`. */
  readonly keyPairs: Collection<KeyPairObject, { name: string; publicKey: string }>;
  /** Security groups and their rules. */
  readonly securityGroups: Collection<
    SecurityGroupObject,
    { name: string; description: string; networkId?: string | undefined }
  > & {
    addRule(groupId: string, rule: RuleSpec, signal?: AbortSignal): Promise<void>;
  };
  /** Networks. */
  readonly networks: Collection<PortObject, { name: string; description: string; adminStateUp: boolean }>;
  /** Subnets. */
  readonly subnets: Collection<
    SubnetObject,
    {
      name: string;
      description: string;
      networkId: string;
      cidr: string;
      ipVersion: 4 | 6;
      gatewayIp: string | null | undefined;
      enableDhcp: boolean;
      dnsNameservers: readonly string[];
    }
  >;
  /** Routers, their gateway and interfaces. */
  readonly routers: Collection<
    RouterObject,
    { name: string; description: string; externalNetworkId: string | undefined }
  > & {
    interfaceSubnets(routerId: string, signal?: AbortSignal): Promise<readonly string[]>;
    addInterface(routerId: string, subnetId: string, signal?: AbortSignal): Promise<void>;
    removeInterface(routerId: string, subnetId: string, signal?: AbortSignal): Promise<void>;
  };
  /** Ports. */
  readonly ports: Collection<
    NetworkPortObject,
    {
      name: string;
      description: string;
      networkId: string;
      subnetId: string | undefined;
      securityGroupIds: readonly string[];
    }
  > & {
    /** @returns The ports bound to a device (a server). */
    listByDevice(deviceId: string, signal?: AbortSignal): Promise<readonly NetworkPortObject[]>;
  };
  /** Servers. */
  readonly servers: Collection<
    ServerObject,
    {
      name: string;
      imageId: string;
      flavorId: string;
      keyName: string | undefined;
      networkIds: readonly string[];
      portIds: readonly string[];
      securityGroupIds: readonly string[];
      userData: string | undefined;
      availabilityZone: string | undefined;
      metadata: Readonly<Record<string, string>>;
    }
  >;
  /** Volumes and attachments. */
  readonly volumes: Collection<
    VolumeObject,
    {
      name: string;
      sizeGb: number;
      volumeType: string | undefined;
      metadata: Readonly<Record<string, string>>;
    }
  > & {
    attach(serverId: string, volumeId: string, signal?: AbortSignal): Promise<void>;
    detach(serverId: string, volumeId: string, signal?: AbortSignal): Promise<void>;
  };
  /** Floating IPs (`name` is ignored by `list`). */
  readonly floatingIps: Collection<
    FloatingIpObject,
    { description: string; networkId: string; portId: string | undefined }
  > & {
    associate(floatingIpId: string, portId: string | null, signal?: AbortSignal): Promise<void>;
  };
  /**
   * @param kind - `image` or `flavor`.
   * @param nameOrId - The name or id.
   * @param signal - Aborts.
   * @returns The id, or `undefined` when none matches.
   */
  findId(kind: 'image' | 'flavor', nameOrId: string, signal?: AbortSignal): Promise<string | undefined>;
}
