// The contract suite's view of a driver: one logical cloud (the same servers, sizes and images), served by
// nock in the shape of each API, so one set of portable assertions can run against every NodeDriver.
import type { NodeDriver } from '../../../src/compute/node-driver.ts';

/** The ids of the logical cloud in one API's id space (numeric for 1.0, UUIDs for 1.1). */
export interface WorldIds {
  /** `web-01`: running, public 198.51.100.21, private 10.176.40.21, built from `image` with `size`. */
  readonly running: string;
  /** `db-01`: still building. */
  readonly pending: string;
  /** A server id that does not exist. */
  readonly missing: string;
  /** The server `createNode` makes, named `app-01`. */
  readonly created: string;
  /** The 512 MB / 20 GB size. */
  readonly size: string;
  /** The `Ubuntu` image. */
  readonly image: string;
}

/** One driver under contract, with the nock replies that serve the logical cloud in its API's shape. */
export interface World {
  /** The driver under test (fresh per test). */
  readonly driver: NodeDriver;
  /** The logical ids in this API. */
  readonly ids: WorldIds;
  /** Releases the driver's connections. */
  close(): Promise<void>;
  /** Serves the server list: `web-01` then `db-01`. */
  serveNodes(): void;
  /** Serves one server; `state` picks the running or building record. */
  serveNode(id: string, state: 'running' | 'pending'): void;
  /** Answers 404 for a server. */
  serveMissingNode(id: string): void;
  /** Accepts a create of `app-01` (and whatever read-back the driver does). */
  serveCreate(): void;
  /** Accepts a delete. */
  serveDestroy(id: string): void;
  /** Accepts a reboot, soft or hard, and only that kind. */
  serveReboot(id: string, hard: boolean): void;
  /** Serves the sizes: 256 MB / 10 GB and 512 MB / 20 GB. */
  serveSizes(): void;
  /** Serves the locations, if the API has any to ask for. */
  serveLocations(): void;
  /** How many locations the API offers in this world (0 for 1.0, which has none). */
  readonly locationCount: number;
  /** Serves the image list (`Ubuntu` first), when the driver has the images capability. */
  serveImages?(): void;
  /** Serves one image, when the driver has the images capability. */
  serveImage?(id: string): void;
  /** Accepts an image of `ids.running` named `backup`, when the driver can make node images. */
  serveCreateImage?(): void;
}

/** Builds a fresh world per test. */
export type WorldFactory = () => World;
