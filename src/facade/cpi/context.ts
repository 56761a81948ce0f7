import type { NodeDriver } from '../../compute/node-driver.ts';
import type { PortableExtras } from '../../compute/portable/extras.ts';
import type { PortableResources } from '../../compute/portable/resources.ts';

/** What every CPI operation works with: the driver and its portable capabilities. */
export interface CpiContext {
  /** The driver (reboot goes through its portable `rebootNode`). */
  readonly driver: NodeDriver;
  /** Servers, volumes, key pairs and the rest. */
  readonly resources: PortableResources;
  /** Metadata, resize, snapshots and uploads, when the driver offers them. */
  readonly extras: PortableExtras | undefined;
  /** The deadline of every wait, in milliseconds. */
  readonly waitTimeoutMs: number;
}

/** Every CPI call's last options: a deadline and an abort signal. */
export interface CpiCallOptions {
  /** How long a wait may take before it fails with a `TimeoutError`. @defaultValue the facade's `waitTimeoutMs` */
  readonly timeoutMs?: number | undefined;
  /** Aborts the requests and the wait. */
  readonly signal?: AbortSignal | undefined;
}

/** What an idempotent delete reports. */
export interface DeleteOutcome {
  /** The id. */
  readonly id: string;
  /** `true` when it existed and was deleted now; `false` when it was already absent (which counts as done). */
  readonly deleted: boolean;
}
