import type { V10Addresses } from '../addresses/types.ts';
import type { V10ListOptions } from '../wire/pagination.ts';

/** A server as the 1.0 summary list (`GET /servers`) returns it. */
export interface V10ServerRef {
  /** The numeric id, as a decimal string. */
  readonly id: string;
  /** The name. */
  readonly name: string;
}

/**
 * A 1.0 server in full (`GET /servers/detail`, `GET /servers/{id}`, the answer to a create).
 *
 * @remarks
 * Known statuses: `ACTIVE`, `BUILD`, `REBUILD`, `SUSPENDED`, `QUEUE_RESIZE`, `PREP_RESIZE`, `RESIZE`,
 * `VERIFY_RESIZE`, `PASSWORD`, `RESCUE`, `REBOOT`, `HARD_REBOOT`, `SHARE_IP`, `SHARE_IP_NO_CONFIG`, `DELETE_IP`,
 * `DELETED` (only with `changes-since`), `ERROR` and `UNKNOWN`; `status` keeps whatever the cloud sent.
 */
export interface V10Server extends V10ServerRef {
  /** The status word, e.g. `ACTIVE`. */
  readonly status: string;
  /** Build, rebuild or resize progress in percent, when reported. */
  readonly progress: number | undefined;
  /** An opaque id of the host (the same for servers on one host, per account). */
  readonly hostId: string | undefined;
  /** The image the server was built from. */
  readonly imageId: string | undefined;
  /** The flavor (size). */
  readonly flavorId: string | undefined;
  /** The shared IP group the server is in, when it is in one. */
  readonly sharedIpGroupId: string | undefined;
  /** Public and private addresses. */
  readonly addresses: V10Addresses;
  /** Metadata key/value pairs. */
  readonly metadata: Readonly<Record<string, string>>;
  /**
   * The generated root password, present only on the answer to a create.
   * Not enumerable: it stays out of `JSON.stringify`, `util.inspect` and logs; read it explicitly.
   */
  readonly adminPass?: string | undefined;
}

/** A file to place on the server at build time (the 1.0 "personality"). */
export interface V10PersonalityFile {
  /** The absolute path on the server, e.g. `/etc/banner.txt`. */
  readonly path: string;
  /** The file contents; Stratus base64-encodes them. */
  readonly contents: string | Uint8Array;
}

/** Options of {@link "drivers/openstack/v1-0"!createServer}. */
export interface CreateV10ServerOptions {
  /** The server name. */
  readonly name: string;
  /** The numeric id of the image to build from. */
  readonly imageId: string;
  /** The numeric id of the flavor. */
  readonly flavorId: string;
  /** Metadata key/value pairs. @defaultValue none */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** Files to inject. @defaultValue none */
  readonly personality?: readonly V10PersonalityFile[] | undefined;
  /** Launch the server into this shared IP group. @defaultValue none */
  readonly sharedIpGroupId?: string | undefined;
}

/** Options of {@link "drivers/openstack/v1-0"!updateServer}: at least one of the two. */
export interface UpdateV10ServerOptions {
  /** A new name. */
  readonly name?: string | undefined;
  /** A new root password (never logged). */
  readonly adminPass?: string | undefined;
}

/** Options of the 1.0 server lists. */
export type ListV10ServersOptions = V10ListOptions;
