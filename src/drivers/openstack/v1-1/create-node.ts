import { createServer, getServer } from '../compute/servers/operations.ts';
import type { Server } from '../compute/servers/types.ts';
import type { ComputeExtension } from './compute-extension.ts';
import { type DriverContext, novaClient } from './context.ts';
import { type OpenStackCreateNodeOptions, toCreateServerOptions } from './create-node-options.ts';
import { pendingServer, withPassword } from './pending-server.ts';
import { createOrAdopt } from './reconcile.ts';

/**
 * The driver's `createNode`: one POST, plus one GET when `hydrate` is on; with `reconcile`, a server of the
 * same name (and mark) is adopted instead, before and after a create whose answer was lost.
 *
 * @param context - The driver's shared context.
 * @param compute - The driver's compute extension (the reconcile lookups go through it).
 * @param options - Portable options plus Nova fields.
 * @param signal - Aborts the requests.
 * @returns The new (or adopted) server, with Nova's generated admin password when there is one.
 */
export async function createNodeServer(
  context: DriverContext,
  compute: ComputeExtension,
  options: OpenStackCreateNodeOptions,
  signal?: AbortSignal,
): Promise<Server> {
  const create = async (): Promise<Server> => {
    const nova = await novaClient(context, signal);
    const created = await createServer(nova, toCreateServerOptions(options), signal);
    const server =
      options.hydrate === false
        ? pendingServer(created.id, options.name)
        : await getServer(nova, created.id, signal);
    return withPassword(server, created.adminPass);
  };
  const { reconcile } = options;
  if (reconcile === undefined || reconcile === false) return create();
  const mark = reconcile === true ? {} : reconcile;
  return createOrAdopt(compute, options.name, mark, create, signal);
}
