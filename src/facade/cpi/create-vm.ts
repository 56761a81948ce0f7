import type { ServerObject } from '../../compute/portable/resources.ts';
import { ReferencedObjectNotFoundError } from '../document/resolver.ts';
import type { CpiCallOptions, CpiContext } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { waitFor } from './wait-for.ts';

/** What `createVm` makes (BOSH `create_vm`). */
export interface CreateVmOptions {
  /** The server name. */
  readonly name: string;
  /** The image (stemcell) id or name. */
  readonly image: string;
  /** The flavor id or name. */
  readonly flavor: string;
  /** Network ids to put the server on (at least one on most clouds). */
  readonly networkIds?: readonly string[] | undefined;
  /** Security group ids. */
  readonly securityGroupIds?: readonly string[] | undefined;
  /** A key pair name. */
  readonly keyName?: string | undefined;
  /** User data (cloud-init), plain text. */
  readonly userData?: string | undefined;
  /** An availability zone. */
  readonly availabilityZone?: string | undefined;
  /** Metadata to set on the server (BOSH puts its agent id and tags here). */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/** What `createVm` returns. */
export interface CreatedVm {
  /** The server id (BOSH's VM CID). */
  readonly vmId: string;
  /** Its first fixed address, when it has one. */
  readonly privateIp: string | undefined;
}

/**
 * Starts a server without waiting: resolves image and flavor first, so a missing one fails before anything is
 * made.
 *
 * @param context - The facade's context.
 * @param options - The server.
 * @param signal - Aborts the requests.
 * @returns The new server (still building).
 * @throws {@link ReferencedObjectNotFoundError} when the image or flavor does not exist.
 */
export async function startServer(
  context: CpiContext,
  options: CreateVmOptions,
  signal?: AbortSignal,
): Promise<ServerObject> {
  const { resources } = context;
  const imageId = await resources.findId('image', options.image, signal);
  if (imageId === undefined) throw new ReferencedObjectNotFoundError('image', options.image);
  const flavorId = await resources.findId('flavor', options.flavor, signal);
  if (flavorId === undefined) throw new ReferencedObjectNotFoundError('flavor', options.flavor);
  return resources.servers.create(
    {
      name: options.name,
      imageId,
      flavorId,
      keyName: options.keyName,
      networkIds: options.networkIds ?? [],
      portIds: [],
      securityGroupIds: options.securityGroupIds ?? [],
      userData: options.userData,
      availabilityZone: options.availabilityZone,
      metadata: options.metadata ?? {},
    },
    signal,
  );
}

/**
 * Creates a server and waits until it is active (BOSH `create_vm`). A server that fails to become active is
 * deleted again before the error is thrown, so nothing is left behind.
 *
 * @param context - The facade's context.
 * @param options - The server.
 * @param call - Deadline and signal.
 * @returns The server id and address.
 * @throws {@link CpiError} with the failure code and `retrySafe`.
 */
export async function createVm(
  context: CpiContext,
  options: CreateVmOptions,
  call: CpiCallOptions = {},
): Promise<CreatedVm> {
  let server: ServerObject;
  try {
    server = await startServer(context, options, call.signal);
  } catch (error) {
    throw new CpiError('create_vm', error, { retrySafe: true, cleanedUp: [] });
  }
  try {
    const ready = await waitFor(
      context,
      `server ${server.id} to be active`,
      server.id,
      (s) => context.resources.servers.get(server.id, s),
      (s) => s?.health === 'ready',
      call,
    );
    return { vmId: server.id, privateIp: ready?.privateIp };
  } catch (error) {
    throw await cleanUp(context, server.id, error, call);
  }
}

async function cleanUp(
  context: CpiContext,
  id: string,
  cause: unknown,
  call: CpiCallOptions,
): Promise<CpiError> {
  try {
    await context.resources.servers.delete(id);
    await waitFor(
      context,
      `server ${id} to be deleted`,
      id,
      (s) => context.resources.servers.get(id, s),
      (s) => s === undefined,
      {
        timeoutMs: call.timeoutMs,
      },
    );
    return new CpiError('create_vm', cause, { retrySafe: true, cleanedUp: [`server ${id}`] });
  } catch {
    return new CpiError('create_vm', cause, { retrySafe: false, cleanedUp: [] });
  }
}
