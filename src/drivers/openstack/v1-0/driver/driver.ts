import { createSession, type OpenStackSession } from '../../../../auth/session.ts';
import {
  Capability,
  type ImageManagement,
  type NodeImageCreation,
} from '../../../../compute/capabilities.ts';
import type { CreateImageOptions, NodeImage } from '../../../../compute/models/image.ts';
import type { NodeLocation } from '../../../../compute/models/location.ts';
import {
  type ListNodesOptions,
  type Node,
  type NodeRef,
  nodeId,
  type RebootNodeOptions,
} from '../../../../compute/models/node.ts';
import type { NodeSize } from '../../../../compute/models/size.ts';
import { NodeDriver } from '../../../../compute/node-driver.ts';
import { NotSupportedError } from '../../../../errors/not-supported-error.ts';
import { absentOnNotFound } from '../../find.ts';
import type { V10Flavor } from '../flavors/types.ts';
import type { V10Image } from '../images/types.ts';
import type { V10Server } from '../servers/types.ts';
import { lazyV10Client } from './context.ts';
import { type OpenStackV10CreateNodeOptions, toCreateV10ServerOptions } from './create-node-options.ts';
import { createV10ComputeExtension } from './extension.ts';
import { v10FlavorToSize, v10ImageToNodeImage, v10ServerToNode } from './mapping.ts';
import type { OpenStackV10DriverOptions, OpenStackV10Extensions } from './types.ts';

/**
 * The OpenStack driver for the first-generation compute API 1.0 (libcloud's `OpenStack_1_0_NodeDriver`,
 * `api_version='1.0'`), over one shared session.
 *
 * @remarks
 * Maps onto the same portable models and {@link "index"!NodeState}s as the 1.1 driver. The 1.0 API has numeric ids,
 * string attributes in XML, no microversions, no Neutron, no availability zones, no key pairs and no power
 * off/on, so the capabilities are images and node images only; `listLocations` yields nothing. Speaks JSON by
 * default, XML with `compute: { format: 'xml' }`.
 *
 * @example
 * ```ts
 * import { OpenStackV10NodeDriver } from 'stratus/openstack';
 * const driver = new OpenStackV10NodeDriver({
 *   auth: { method: '1.0', authUrl: 'https://auth.example.com/v1.0', username: 'demo', apiKey: 'key' },
 * });
 * const node = await driver.createNode({ name: 'web-1', size: '1', image: '8' });
 * console.log(node.extra.adminPass);
 * ```
 */
export class OpenStackV10NodeDriver
  extends NodeDriver<V10Server, OpenStackV10CreateNodeOptions>
  implements ImageManagement, NodeImageCreation
{
  /** `openstack`. */
  readonly provider = 'openstack';
  /** `OpenStack`. */
  readonly name = 'OpenStack';
  /** `1.0`. */
  readonly apiVersion = '1.0';
  /** Images and node images: everything else the 1.0 API cannot do. */
  readonly capabilities: ReadonlySet<Capability> = new Set([Capability.IMAGES, Capability.NODE_IMAGES]);
  /** The 1.0 operations beyond the portable API. */
  readonly ext: OpenStackV10Extensions;
  readonly #session: OpenStackSession;
  readonly #ownsSession: boolean;

  /**
   * @param options - A session (or session options) and compute settings.
   * @throws {@link "index"!ConfigurationError} for invalid session options or an unknown format.
   */
  constructor(options: OpenStackV10DriverOptions) {
    super();
    this.#session = 'session' in options ? options.session : createSession(options);
    this.#ownsSession = !('session' in options);
    const client = lazyV10Client(this.#session, options.compute);
    this.ext = Object.freeze({ compute: createV10ComputeExtension(client) });
  }

  /** The session this driver sends through. */
  get session(): OpenStackSession {
    return this.#session;
  }

  /**
   * Lists every server in full (`/servers/detail`), lazily, 1000 per request unless `pageSize` says otherwise.
   * @param options - Page size.
   * @param signal - Aborts the walk.
   * @returns An async iterable of nodes.
   */
  async *listNodes(
    options: ListNodesOptions = {},
    signal?: AbortSignal,
  ): AsyncGenerator<Node<V10Server>, void> {
    const servers = this.ext.compute.listServerDetails({ pageSize: options.pageSize }, signal);
    for await (const server of servers) yield v10ServerToNode(server);
  }

  /**
   * Fetches one server.
   * @param id - The numeric server id.
   * @param signal - Aborts the request.
   * @returns The node, or `undefined` when the cloud answers 404.
   */
  async getNode(id: string, signal?: AbortSignal): Promise<Node<V10Server> | undefined> {
    const server = await absentOnNotFound(this.ext.compute.getServer(id, signal));
    return server === undefined ? undefined : v10ServerToNode(server);
  }

  /**
   * Creates a server with one POST; the answer is already the full server, with the generated root password
   * in `extra.adminPass` (non-enumerable: read it explicitly, it is never printed).
   *
   * @param options - `name`, `size` (flavor id), `image` (image id), plus `metadata`, `personality` files and
   * `sharedIpGroupId`.
   * @param signal - Aborts the request.
   * @returns The new node (status `BUILD` → `pending`).
   * @throws {@link "index"!NotSupportedError} for `location` or `keyName`; {@link "index"!ConfigurationError} for missing ids.
   */
  async createNode(options: OpenStackV10CreateNodeOptions, signal?: AbortSignal): Promise<Node<V10Server>> {
    return v10ServerToNode(await this.ext.compute.createServer(toCreateV10ServerOptions(options), signal));
  }

  /**
   * Deletes a server.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once the cloud accepted the delete.
   */
  async destroyNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    await this.ext.compute.deleteServer(nodeId(node), signal);
  }

  /**
   * Reboots a server: `SOFT` by default, `HARD` with `{ hard: true }`.
   * @param node - The node or its id.
   * @param options - Soft or hard.
   * @param signal - Aborts the request.
   * @returns Once the cloud accepted the reboot.
   */
  async rebootNode(node: NodeRef, options: RebootNodeOptions = {}, signal?: AbortSignal): Promise<void> {
    await this.ext.compute.rebootServer(nodeId(node), options.hard === true ? 'HARD' : 'SOFT', signal);
  }

  /**
   * Lists the flavors with RAM and disk.
   * @param signal - Aborts the walk.
   * @returns An async iterable of sizes.
   */
  async *listSizes(signal?: AbortSignal): AsyncGenerator<NodeSize<V10Flavor>, void> {
    for await (const flavor of this.ext.compute.listFlavorDetails({}, signal)) yield v10FlavorToSize(flavor);
  }

  /**
   * Yields nothing: the 1.0 API has no availability zones or regions to choose from.
   *
   * @param _signal - Unused; nothing is sent.
   * @returns An empty async iterable.
   */
  async *listLocations(_signal?: AbortSignal): AsyncGenerator<NodeLocation<never>, void> {}

  /**
   * Lists the public images and the account's backups in full.
   * @param signal - Aborts the walk.
   * @returns An async iterable of images.
   */
  async *listImages(signal?: AbortSignal): AsyncGenerator<NodeImage<V10Image>, void> {
    for await (const image of this.ext.compute.listImageDetails({}, signal)) yield v10ImageToNodeImage(image);
  }

  /**
   * Fetches one image.
   * @param id - The numeric image id.
   * @param signal - Aborts the request.
   * @returns The image, or `undefined` when the cloud answers 404.
   */
  async getImage(id: string, signal?: AbortSignal): Promise<NodeImage<V10Image> | undefined> {
    const image = await absentOnNotFound(this.ext.compute.getImage(id, signal));
    return image === undefined ? undefined : v10ImageToNodeImage(image);
  }

  /**
   * Deletes an image (only the account's own backups can be deleted).
   * @param image - The image or its id.
   * @param signal - Aborts the request.
   * @returns Once deleted.
   */
  async deleteImage(image: NodeImage<unknown> | string, signal?: AbortSignal): Promise<void> {
    await this.ext.compute.deleteImage(typeof image === 'string' ? image : image.id, signal);
  }

  /**
   * Creates an image (a backup) of a server.
   *
   * @param node - The node or its id.
   * @param name - The image name.
   * @param options - Must carry no metadata: 1.0 images have none.
   * @param signal - Aborts the request.
   * @returns The new image (usually `QUEUED`).
   * @throws {@link "index"!NotSupportedError} when metadata is given.
   */
  async createImage(
    node: NodeRef,
    name: string,
    options: CreateImageOptions = {},
    signal?: AbortSignal,
  ): Promise<NodeImage<V10Image>> {
    if (options.metadata !== undefined && Object.keys(options.metadata).length > 0) {
      throw new NotSupportedError('OpenStack 1.0 images carry no metadata: leave `metadata` out');
    }
    return v10ImageToNodeImage(await this.ext.compute.createImage({ serverId: nodeId(node), name }, signal));
  }

  /**
   * Releases the session's connections when the driver created the session itself.
   *
   * @returns Once closed.
   */
  async close(): Promise<void> {
    if (this.#ownsSession) await this.#session.close();
  }
}
