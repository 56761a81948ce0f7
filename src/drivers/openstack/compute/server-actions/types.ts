/**
 * Server actions whose request body is just `{ "<action>": null }`.
 *
 * @example
 * ```ts
 * import { SimpleServerAction } from 'stratus/openstack/compute';
 * console.log(SimpleServerAction.START); // 'os-start'
 * ```
 */
export const SimpleServerAction = {
  /** Power on a SHUTOFF server. */
  START: 'os-start',
  /** Power off. */
  STOP: 'os-stop',
  /** Pause in memory. */
  PAUSE: 'pause',
  /** Undo a pause. */
  UNPAUSE: 'unpause',
  /** Suspend to disk. */
  SUSPEND: 'suspend',
  /** Undo a suspend. */
  RESUME: 'resume',
  /** Unlock a locked server. */
  UNLOCK: 'unlock',
  /** Leave rescue mode. */
  UNRESCUE: 'unrescue',
  /** Keep a resized server (VERIFY_RESIZE → ACTIVE). */
  CONFIRM_RESIZE: 'confirmResize',
  /** Undo a resize. */
  REVERT_RESIZE: 'revertResize',
  /** Shelve (keep the disk, free the host). */
  SHELVE: 'shelve',
  /** Unshelve. */
  UNSHELVE: 'unshelve',
} as const;

/** One of the {@link "drivers/openstack/compute"!SimpleServerAction} values. */
export type SimpleServerAction = (typeof SimpleServerAction)[keyof typeof SimpleServerAction];

/** Options of a rebuild: a new image, and optionally a new name, password, metadata and more. */
export interface RebuildServerOptions {
  /** The image to rebuild from. */
  readonly imageId: string;
  /** A new name. */
  readonly name?: string | undefined;
  /** A new admin password (never logged). */
  readonly adminPass?: string | undefined;
  /** Replaces the metadata. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** A new description (2.19+). */
  readonly description?: string | undefined;
  /** A new key pair name (2.54+). */
  readonly keyName?: string | undefined;
  /** New user data, plain text (2.57+). */
  readonly userData?: string | undefined;
  /** Keep the ephemeral disk. */
  readonly preserveEphemeral?: boolean | undefined;
}

/** Options of a rescue. */
export interface RescueServerOptions {
  /** The password of the rescue system (never logged). */
  readonly adminPass?: string | undefined;
  /** The rescue image. @defaultValue the server's own image */
  readonly imageId?: string | undefined;
}

/** A remote console URL. */
export interface RemoteConsole {
  /** `vnc`, `spice`, `serial`, `rdp` or `mks`. */
  readonly protocol: string;
  /** e.g. `novnc`. */
  readonly type: string;
  /** The URL to open (it embeds a short-lived console token). */
  readonly url: string;
}

/** Which remote console to ask for. */
export interface RemoteConsoleOptions {
  /** @defaultValue `'vnc'` */
  readonly protocol?: 'vnc' | 'spice' | 'serial' | 'rdp' | 'mks' | undefined;
  /** @defaultValue `'novnc'` */
  readonly type?: string | undefined;
}
