export {
  createSnapshot,
  deleteSnapshot,
  findSnapshot,
  getSnapshot,
  listSnapshots,
  updateSnapshot,
  waitForSnapshotStatus,
} from './operations.ts';
export {
  buildCreateSnapshotRequest,
  buildDeleteSnapshotRequest,
  buildGetSnapshotRequest,
  buildListSnapshotsRequest,
  buildUpdateSnapshotRequest,
} from './requests.ts';
export { parseSnapshot } from './results.ts';
export type {
  CreateSnapshotOptions,
  ListSnapshotsOptions,
  Snapshot,
  UpdateSnapshotOptions,
} from './types.ts';
