/**
 * The portable lifecycle states of a node, as in Apache Libcloud.
 *
 * @remarks
 * Each driver documents how its provider's statuses map onto these; the OpenStack mapping is in
 * `docs/compute.md` (`ACTIVE` → `RUNNING`, `SHUTOFF` → `STOPPED`, `BUILD` → `PENDING`, …).
 *
 * @example
 * ```ts
 * import { NodeState } from 'stratus';
 * const running = (state: NodeState): boolean => state === NodeState.RUNNING;
 * ```
 */
export const NodeState = {
  /** Booted and usable. */
  RUNNING: 'running',
  /** Being started or rebooted after a stop. */
  STARTING: 'starting',
  /** Rebooting. */
  REBOOTING: 'rebooting',
  /** Being deleted. */
  TERMINATED: 'terminated',
  /** Being created or rebuilt. */
  PENDING: 'pending',
  /** Powered off. */
  STOPPED: 'stopped',
  /** Being stopped. */
  STOPPING: 'stopping',
  /** Suspended to disk. */
  SUSPENDED: 'suspended',
  /** Paused in memory. */
  PAUSED: 'paused',
  /** The provider reports a failure; see `Node.failureReason`. */
  ERROR: 'error',
  /** Being changed (resize, migration, rescue…). */
  RECONFIGURING: 'reconfiguring',
  /** Moved to long-term storage (OpenStack shelving). */
  ARCHIVED: 'archived',
  /** Being moved to another host. */
  MIGRATING: 'migrating',
  /** Not known to the portable vocabulary. */
  UNKNOWN: 'unknown',
} as const;

/** One of the {@link NodeState} values. */
export type NodeState = (typeof NodeState)[keyof typeof NodeState];

/**
 * The portable states of a block-storage volume, as in Apache Libcloud.
 *
 * @example
 * ```ts
 * import { VolumeState } from 'stratus';
 * console.log(VolumeState.AVAILABLE); // 'available'
 * ```
 */
export const VolumeState = {
  /** Ready to be attached. */
  AVAILABLE: 'available',
  /** Attached to a node. */
  INUSE: 'inuse',
  /** Being created. */
  CREATING: 'creating',
  /** Being attached or detached. */
  ATTACHING: 'attaching',
  /** Being deleted. */
  DELETING: 'deleting',
  /** Being backed up. */
  BACKUP: 'backup',
  /** Being restored. */
  RESTORING: 'restoring',
  /** Being resized. */
  UPDATING: 'updating',
  /** The provider reports a failure. */
  ERROR: 'error',
  /** Not known to the portable vocabulary. */
  UNKNOWN: 'unknown',
} as const;

/** One of the {@link VolumeState} values. */
export type VolumeState = (typeof VolumeState)[keyof typeof VolumeState];
