import type {
  BlockVolume,
  FloatingIp,
  KeyPair,
  Network,
  Node,
  NodeDriver,
  NodeSize,
  Port,
  Router,
  SecurityGroup,
  Stack,
  StoredImage,
  Subnet,
  VolumeSnapshot,
} from '../compute/index.ts';

/** Any built driver; the facade tests its capabilities with `supports()` and never sees credentials. */
export type FacadeDriver = NodeDriver<unknown, never>;

/** Maps each kind `find` knows to the portable model it returns. */
export interface ResourceKinds {
  /** A node (server, VM). */
  readonly node: Node;
  /** A size (flavor). */
  readonly size: NodeSize;
  /** An image (stemcell). */
  readonly image: StoredImage;
  /** A key pair. */
  readonly keyPair: KeyPair;
  /** A volume (disk). */
  readonly volume: BlockVolume;
  /** A volume snapshot. */
  readonly snapshot: VolumeSnapshot;
  /** A network. */
  readonly network: Network;
  /** A subnet. */
  readonly subnet: Subnet;
  /** A router. */
  readonly router: Router;
  /** A port. */
  readonly port: Port;
  /** A security group. */
  readonly securityGroup: SecurityGroup;
  /** A floating IP (its name is its address). */
  readonly floatingIp: FloatingIp;
  /** A stack. */
  readonly stack: Stack;
}

/** A kind of resource `find` can look up. */
export type ResourceKind = keyof ResourceKinds;

/** The model `find` returns for a kind. */
export type ResourceOf<K extends ResourceKind> = ResourceKinds[K];

/** How long facade waits may take and how often they poll. The resolved form is frozen. */
export interface FacadeOptions {
  /** The deadline of every wait unless a call gives its own. @defaultValue 600000 (10 minutes) */
  readonly timeoutMs?: number | undefined;
  /** The first poll interval. @defaultValue 1000 */
  readonly pollIntervalMs?: number | undefined;
  /** The longest poll interval. @defaultValue 5000 */
  readonly maxPollIntervalMs?: number | undefined;
}

/** The resolved {@link FacadeOptions}. */
export interface ResolvedFacadeOptions {
  /** The default deadline. */
  readonly timeoutMs: number;
  /** The first poll interval. */
  readonly pollIntervalMs: number;
  /** The longest poll interval. */
  readonly maxPollIntervalMs: number;
}

/** Per-call wait settings: a deadline and an abort signal. */
export interface WaitControl {
  /** This call's deadline; the facade's `timeoutMs` when omitted. */
  readonly timeoutMs?: number | undefined;
  /** Aborts the requests and the wait. */
  readonly signal?: AbortSignal | undefined;
}

/** What an idempotent delete did: `deleted` now, or `absent` (already gone, which counts as done). */
export interface DeleteOutcome {
  /** `deleted` or `absent`; both mean the resource no longer exists. */
  readonly outcome: 'deleted' | 'absent';
  /** The id that was asked for. */
  readonly id: string;
}
