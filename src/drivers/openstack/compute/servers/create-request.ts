import { ConfigurationError } from '../../../../errors/configuration-error.ts';
import { atLeast, type Microversion, requireMicroversion } from '../../microversion.ts';
import type { ServiceRequest } from '../../service-client.ts';

/** One network interface of a new server: a network, a port, or a network with a fixed IP. */
export interface ServerNetwork {
  /** The network id. */
  readonly networkId?: string | undefined;
  /** An existing port id (instead of a network). */
  readonly portId?: string | undefined;
  /** A fixed IP on the network. */
  readonly fixedIp?: string | undefined;
  /** A device tag (2.42+). */
  readonly tag?: string | undefined;
}

/** One block device mapping (v2) of a new server. */
export interface BlockDeviceMapping {
  /** Where the data comes from. */
  readonly sourceType: 'image' | 'volume' | 'snapshot' | 'blank';
  /** Where it goes. @defaultValue `'volume'` */
  readonly destinationType?: 'volume' | 'local' | undefined;
  /** The source's id (image, volume or snapshot). */
  readonly uuid?: string | undefined;
  /** 0 for the boot disk; omit for a data disk. */
  readonly bootIndex?: number | undefined;
  /** Size of a new volume in GB. */
  readonly volumeSizeGb?: number | undefined;
  /** Delete the volume with the server. @defaultValue `false` */
  readonly deleteOnTermination?: boolean | undefined;
  /** A device name hint, e.g. `vdb`. */
  readonly deviceName?: string | undefined;
  /** The volume type of a new volume (2.67+). */
  readonly volumeType?: string | undefined;
  /** A device tag (2.42+). */
  readonly tag?: string | undefined;
}

/** Everything Nova accepts when creating a server; each field is sent, none is dropped. */
export interface CreateServerOptions {
  /** The server name. */
  readonly name: string;
  /** The flavor id. */
  readonly flavorId: string;
  /** The image id; omit when a block device mapping with `bootIndex: 0` provides the boot disk. */
  readonly imageId?: string | undefined;
  /** Networks or ports, or `'auto'` / `'none'` (2.37+). @defaultValue `'auto'` from 2.37, Nova's default before */
  readonly networks?: readonly ServerNetwork[] | 'auto' | 'none' | undefined;
  /** The key pair name. */
  readonly keyName?: string | undefined;
  /** Security group names. */
  readonly securityGroups?: readonly string[] | undefined;
  /** User data (cloud-init); plain text, base64-encoded by Stratus. At most 65535 bytes encoded. */
  readonly userData?: string | Uint8Array | undefined;
  /** Attach a config drive. */
  readonly configDrive?: boolean | undefined;
  /** Metadata key/value pairs. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** The availability zone (optionally `zone:host`). */
  readonly availabilityZone?: string | undefined;
  /** Scheduler hints (`os:scheduler_hints`). */
  readonly schedulerHints?: Readonly<Record<string, string | readonly string[]>> | undefined;
  /** A server group id (sent as the `group` scheduler hint). */
  readonly serverGroupId?: string | undefined;
  /** Block device mappings (v2), e.g. to boot from a volume. */
  readonly blockDeviceMappings?: readonly BlockDeviceMapping[] | undefined;
  /** The admin password to set (really sent, unlike libcloud's `ex_admin_pass`). Never logged. */
  readonly adminPass?: string | undefined;
  /** Server tags (2.52+). */
  readonly tags?: readonly string[] | undefined;
  /** A description (2.19+). */
  readonly description?: string | undefined;
  /** The guest hostname (2.90+). */
  readonly hostname?: string | undefined;
}

const USER_DATA_MAX = 65_535;

function required(value: string | undefined, field: string, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`\`${field}\` is required to create a server: ${hint}`);
  }
  return value;
}

function encodeUserData(value: string | Uint8Array): string {
  const encoded = Buffer.from(value).toString('base64');
  if (encoded.length > USER_DATA_MAX) {
    throw new ConfigurationError(
      `\`userData\` is ${encoded.length} bytes once base64-encoded; Nova accepts at most ${USER_DATA_MAX}`,
    );
  }
  return encoded;
}

function networksBody(options: CreateServerOptions, mv: Microversion): unknown {
  const networks = options.networks ?? (atLeast(mv, '2.37') ? 'auto' : undefined);
  if (networks === undefined) return undefined;
  if (typeof networks === 'string') {
    requireMicroversion(mv, '2.37', `networks: '${networks}'`);
    return networks;
  }
  return networks.map((n, i) => {
    if (!n.networkId && !n.portId)
      throw new ConfigurationError(`\`networks[${i}]\` needs networkId or portId`);
    if (n.tag !== undefined) requireMicroversion(mv, '2.42', 'Network interface tags');
    return { uuid: n.networkId, port: n.portId, fixed_ip: n.fixedIp, tag: n.tag };
  });
}

function bdmBody(options: CreateServerOptions, mv: Microversion): unknown {
  return options.blockDeviceMappings?.map((b) => {
    if (b.volumeType !== undefined)
      requireMicroversion(mv, '2.67', 'A volume type in a block device mapping');
    if (b.tag !== undefined) requireMicroversion(mv, '2.42', 'Block device tags');
    return {
      source_type: b.sourceType,
      destination_type: b.destinationType ?? 'volume',
      uuid: b.uuid,
      boot_index: b.bootIndex,
      volume_size: b.volumeSizeGb,
      delete_on_termination: b.deleteOnTermination,
      device_name: b.deviceName,
      volume_type: b.volumeType,
      tag: b.tag,
    };
  });
}

function checkFeatures(options: CreateServerOptions, mv: Microversion): void {
  if (options.tags !== undefined) requireMicroversion(mv, '2.52', 'Server tags at creation');
  if (options.description !== undefined) requireMicroversion(mv, '2.19', 'A server description');
  if (options.hostname !== undefined) requireMicroversion(mv, '2.90', 'A server hostname');
  const bootsFromBdm = options.blockDeviceMappings?.some((b) => b.bootIndex === 0) ?? false;
  if (!options.imageId && !bootsFromBdm) {
    throw new ConfigurationError(
      '`imageId` is required to create a server, unless a block device mapping with bootIndex 0 provides the boot disk',
    );
  }
}

function schedulerHints(options: CreateServerOptions): Record<string, unknown> | undefined {
  const hints: Record<string, unknown> = { ...options.schedulerHints };
  if (options.serverGroupId !== undefined) hints.group = options.serverGroupId;
  return Object.keys(hints).length > 0 ? hints : undefined;
}

/**
 * Builds `POST /servers`. Checks every microversion-dependent field before anything is sent.
 *
 * @param options - The server to create.
 * @param microversion - The negotiated microversion.
 * @returns The request (`expect: [202]`).
 * @throws {@link "index"!ConfigurationError} for a missing name, flavor or boot source, or oversized user data.
 * @throws {@link "index"!NotSupportedError} for a field the negotiated microversion does not have.
 */
export function buildCreateServerRequest(
  options: CreateServerOptions,
  microversion: Microversion,
): ServiceRequest {
  required(options.name, 'name', 'give the server a name');
  required(options.flavorId, 'flavorId', 'pick one from listFlavors()');
  checkFeatures(options, microversion);
  const server = {
    name: options.name,
    flavorRef: options.flavorId,
    imageRef: options.imageId,
    networks: networksBody(options, microversion),
    key_name: options.keyName,
    security_groups: options.securityGroups?.map((name) => ({ name })),
    user_data: options.userData === undefined ? undefined : encodeUserData(options.userData),
    config_drive: options.configDrive,
    metadata: options.metadata,
    availability_zone: options.availabilityZone,
    block_device_mapping_v2: bdmBody(options, microversion),
    adminPass: options.adminPass,
    tags: options.tags,
    description: options.description,
    hostname: options.hostname,
  };
  const hints = schedulerHints(options);
  const json = hints === undefined ? { server } : { server, 'os:scheduler_hints': hints };
  // Said by `OutcomeUnknownError` when the answer is lost: the server may exist.
  const outcomeCheck = `look for a server named ${JSON.stringify(options.name)} (listServers({ name }) or GET servers?name=)`;
  return { method: 'POST', path: 'servers', json, expect: [202], outcomeCheck };
}
