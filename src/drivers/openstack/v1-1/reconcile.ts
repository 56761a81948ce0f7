import { OutcomeUnknownError } from '../../../errors/outcome-unknown-error.ts';
import { sleep } from '../../../transport/sleep.ts';
import type { Server } from '../compute/servers/types.ts';
import type { ComputeExtension } from './compute-extension.ts';

/** Waits between lookups after a lost answer (about 15 s in all), for a create still running at Nova. */
const SETTLE_DELAYS_MS: readonly number[] = [0, 1_000, 2_000, 4_000, 8_000];

/** How `createNode` recognises a server it made before (its own earlier attempt). */
export interface ReconcileOptions {
  /**
   * An ownership mark: only a server carrying every one of these metadata pairs (besides the same name) is
   * adopted, e.g. `{ 'owner': 'deploy-42' }`. Send the same pairs in `metadata` so a new server carries them.
   */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

function exactName(name: string): string {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/**
 * Finds the oldest server with exactly this name (and the ownership mark, when given).
 *
 * @param compute - The compute extension.
 * @param name - The server name.
 * @param mark - The reconcile settings.
 * @param signal - Aborts the listing.
 * @returns The server, or `undefined` when there is none.
 */
export async function findOwnServer(
  compute: ComputeExtension,
  name: string,
  mark: ReconcileOptions,
  signal?: AbortSignal,
): Promise<Server | undefined> {
  let found: Server | undefined;
  for await (const server of compute.listServers({ name: exactName(name) }, signal)) {
    if (server.name !== name || !carries(server, mark.metadata)) continue;
    if (found === undefined || (server.created ?? '') < (found.created ?? '')) found = server;
  }
  return found;
}

function carries(server: Server, metadata: Readonly<Record<string, string>> | undefined): boolean {
  if (metadata === undefined) return true;
  return Object.entries(metadata).every(([key, value]) => server.metadata[key] === value);
}

/**
 * Creates a server unless one of the same name (and mark) exists: the existing one is adopted. When the create
 * itself ends with an unknown outcome (its answer was lost), the server is looked up again for about 15 s (a
 * timed-out create may still be running) and adopted if the lost request made it.
 *
 * @param compute - The compute extension.
 * @param name - The server name.
 * @param mark - The reconcile settings.
 * @param create - Sends the create and returns the new server.
 * @param signal - Aborts the requests.
 * @returns The existing or the new server.
 * @throws {@link OutcomeUnknownError} when the answer was lost and no such server shows up.
 */
export async function createOrAdopt(
  compute: ComputeExtension,
  name: string,
  mark: ReconcileOptions,
  create: () => Promise<Server>,
  signal?: AbortSignal,
): Promise<Server> {
  const existing = await findOwnServer(compute, name, mark, signal);
  if (existing !== undefined) return existing;
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    // After a timeout the create may still be running at Nova: look again for a while before giving up.
    for (const waitMs of SETTLE_DELAYS_MS) {
      await sleep(waitMs, signal);
      const made = await findOwnServer(compute, name, mark, signal);
      if (made !== undefined) return made;
    }
    throw error;
  }
}
