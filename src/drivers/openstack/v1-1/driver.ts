import { createSession, type OpenStackSession, type SessionOptions } from '../../../auth/session.ts';
import type {
  Capability,
  ImageManagement,
  KeyPairManagement,
  NodeImageCreation,
  NodePowerManagement,
  VolumeManagement,
} from '../../../compute/capabilities.ts';
import { readPublicKeyFile, validatePublicKey } from '../../../compute/key-file.ts';
import type { CreateImageOptions, NodeImage } from '../../../compute/models/image.ts';
import type { KeyPair } from '../../../compute/models/key-pair.ts';
import type { NodeLocation } from '../../../compute/models/location.ts';
import {
  type ListNodesOptions,
  type Node,
  type NodeRef,
  nodeId,
  type RebootNodeOptions,
} from '../../../compute/models/node.ts';
import type { NodeSize } from '../../../compute/models/size.ts';
import { NodeDriver } from '../../../compute/node-driver.ts';
import { lazyIterable } from '../bind.ts';
import { listAvailabilityZones } from '../compute/availability-zones/operations.ts';
import type { AvailabilityZone } from '../compute/availability-zones/types.ts';
import type { ComputeClient } from '../compute/client.ts';
import { listFlavors } from '../compute/flavors/operations.ts';
import type { Flavor } from '../compute/flavors/types.ts';
import { createKeypair, deleteKeypair, getKeypair, listKeypairs } from '../compute/keypairs/operations.ts';
import type { Keypair } from '../compute/keypairs/types.ts';
import { createServerImage, rebootServer, runServerAction } from '../compute/server-actions/operations.ts';
import { SimpleServerAction } from '../compute/server-actions/types.ts';
import { deleteServer, getServer, listServersAs } from '../compute/servers/operations.ts';
import type { ListServersOptions, Server } from '../compute/servers/types.ts';
import { absentOnNotFound } from '../find.ts';
import { flavorToSize, keypairToKeyPair, serverToNode, zoneToLocation } from '../mapping.ts';
import { createPortableCapabilities, type PortableCapabilityServices } from './capabilities/index.ts';
import { driverCapabilities } from './capability-set.ts';
import { type ComputeExtension, createComputeExtension } from './compute-extension.ts';
import { type ComputeSettings, createDriverContext, type DriverContext, novaClient } from './context.ts';
import { createNodeServer } from './create-node.ts';
import type { OpenStackCreateNodeOptions } from './create-node-options.ts';
import {
  createPortableServices,
  createServiceExtensions,
  type ServiceExtensions,
} from './service-plugins.ts';

/** How to build an {@link OpenStackNodeDriver}: an existing session, or the options to create one. */
export type OpenStackDriverOptions = ({ readonly session: OpenStackSession } | SessionOptions) & {
  /** Compute settings: a pinned microversion, a catalog service name. */
  readonly compute?: ComputeSettings | undefined;
};

/** The driver's extension namespaces: `compute` plus those of the other services. */
export type OpenStackExtensions = { readonly compute: ComputeExtension } & ServiceExtensions;

/**
 * The OpenStack driver for the compute API v2.1 (libcloud's "OpenStack 1.1"), over one shared session.
 *
 * @remarks
 * Thin: every method maps onto one Nova operation. Lists are lazy and follow every page; `getNode` returns
 * `undefined` for a missing server (the extension's `getServer` throws {@link "index"!NotFoundError}); waits poll one
 * server by id. The microversion is negotiated once per driver (one anonymous GET of Nova's version document).
 *
 * @example
 * ```ts
 * import { createSession, fromCloudsYaml } from 'stratus';
 * import { OpenStackNodeDriver } from 'stratus/openstack';
 * const session = createSession(await fromCloudsYaml('mycloud', { env: process.env }));
 * const driver = new OpenStackNodeDriver({ session });
 * const node = await driver.createNode({ name: 'web-1', size: 'm1.small-id', image: 'image-id' });
 * await driver.waitUntilRunning(node);
 * ```
 */
export class OpenStackNodeDriver
  extends NodeDriver<Server, OpenStackCreateNodeOptions>
  implements NodePowerManagement, KeyPairManagement, NodeImageCreation
{
  /** `openstack`. */
  readonly provider = 'openstack';
  /** `OpenStack`. */
  readonly name = 'OpenStack';
  /** `1.1` (compute API v2.1). */
  readonly apiVersion = '1.1';
  /** Power, key pairs and node images always; images and volumes when their services are wired. */
  readonly capabilities: ReadonlySet<Capability>;
  /** Service-specific operations beyond the portable API, by service. */
  readonly ext: OpenStackExtensions;
  /** Glance-backed image methods, when wired (see {@link "index"!supports}). */
  readonly listImages: ImageManagement['listImages'] | undefined;
  /** Glance-backed image lookup, when wired. */
  readonly getImage: ImageManagement['getImage'] | undefined;
  /** Glance-backed image deletion, when wired. */
  readonly deleteImage: ImageManagement['deleteImage'] | undefined;
  /** Cinder-backed volume listing, when wired. */
  readonly listVolumes: VolumeManagement['listVolumes'] | undefined;
  /** Cinder-backed volume creation, when wired. */
  readonly createVolume: VolumeManagement['createVolume'] | undefined;
  /** Cinder-backed volume deletion, when wired. */
  readonly destroyVolume: VolumeManagement['destroyVolume'] | undefined;
  /** Volume attachment, when wired. */
  readonly attachVolume: VolumeManagement['attachVolume'] | undefined;
  /** Volume detachment, when wired. */
  readonly detachVolume: VolumeManagement['detachVolume'] | undefined;
  /** Neutron networks, subnets, routers and ports ({@link Capability.NETWORKING}). */
  readonly networking: PortableCapabilityServices['networking'];
  /** Neutron security groups ({@link Capability.SECURITY_GROUPS}). */
  readonly securityGroups: PortableCapabilityServices['securityGroups'];
  /** Neutron floating IPs ({@link Capability.FLOATING_IPS}). */
  readonly floatingIps: PortableCapabilityServices['floatingIps'];
  /** Cinder volumes, snapshots and Nova attachments ({@link Capability.BLOCK_STORAGE}). */
  readonly blockStorage: PortableCapabilityServices['blockStorage'];
  /** Glance images with streamed upload ({@link Capability.IMAGE_UPLOAD}). */
  readonly imageUpload: PortableCapabilityServices['imageUpload'];
  /** Heat stacks ({@link Capability.STACKS}). */
  readonly stacks: PortableCapabilityServices['stacks'];
  /** Nova server creation with networks and metadata ({@link Capability.PROVISIONING}). */
  readonly provisioning: PortableCapabilityServices['provisioning'];
  /** Ownership marks ({@link Capability.MARKS}). */
  readonly marks: PortableCapabilityServices['marks'];
  readonly #context: DriverContext;
  readonly #ownsSession: boolean;

  /**
   * @param options - A session (or session options) and compute settings.
   * @throws {@link "index"!ConfigurationError} for invalid session options.
   */
  constructor(options: OpenStackDriverOptions) {
    super();
    const session = 'session' in options ? options.session : createSession(options);
    this.#ownsSession = !('session' in options);
    this.#context = createDriverContext(session, options.compute);
    this.ext = Object.freeze({
      ...createServiceExtensions(this.#context),
      compute: createComputeExtension(this.#context),
    });
    const portable = createPortableServices(this.#context);
    const { images, volumes } = portable;
    this.listImages = images?.listImages.bind(images);
    this.getImage = images?.getImage.bind(images);
    this.deleteImage = images?.deleteImage.bind(images);
    this.listVolumes = volumes?.listVolumes.bind(volumes);
    this.createVolume = volumes?.createVolume.bind(volumes);
    this.destroyVolume = volumes?.destroyVolume.bind(volumes);
    this.attachVolume = volumes?.attachVolume.bind(volumes);
    this.detachVolume = volumes?.detachVolume.bind(volumes);
    ({
      networking: this.networking,
      securityGroups: this.securityGroups,
      floatingIps: this.floatingIps,
      blockStorage: this.blockStorage,
      imageUpload: this.imageUpload,
      stacks: this.stacks,
      provisioning: this.provisioning,
      marks: this.marks,
    } = createPortableCapabilities(this.#context));
    this.capabilities = driverCapabilities(portable);
  }

  #nova(signal: AbortSignal | undefined): ComputeClient | Promise<ComputeClient> {
    return novaClient(this.#context, signal);
  }

  /** The session this driver sends through (one token for every service). */
  get session(): OpenStackSession {
    return this.#context.session;
  }

  /**
   * Lists servers as nodes, lazily, following every page; Nova applies the filters.
   * @param options - Page size and Nova filters (`name`, `status`, `ip`, `tags`, `changesSince`…).
   * @param signal - Aborts the walk.
   * @returns An async iterable of nodes.
   */
  listNodes(
    options: ListNodesOptions & ListServersOptions = {},
    signal?: AbortSignal,
  ): AsyncIterable<Node<Server>> {
    return lazyIterable(async () => listServersAs(await this.#nova(signal), options, serverToNode, signal));
  }

  /**
   * Fetches one server as a node.
   * @param id - The server id.
   * @param signal - Aborts the request.
   * @returns The node, or `undefined` when Nova answers 404.
   */
  async getNode(id: string, signal?: AbortSignal): Promise<Node<Server> | undefined> {
    const server = await absentOnNotFound(getServer(await this.#nova(signal), id, signal));
    return server === undefined ? undefined : serverToNode(server);
  }

  /**
   * Creates a server: one POST, plus one GET when `hydrate` is on (the default).
   *
   * @remarks
   * A create is never retried. When its answer is lost it fails with `OutcomeUnknownError` naming the server
   * to look for; with `reconcile` on, an existing server of the same name (and mark) is adopted instead, before
   * and after such a loss, so calling `createNode` again is safe.
   *
   * @param options - Portable options (`size` = flavor, `image`, `location` = zone) plus Nova fields.
   * @param signal - Aborts the requests.
   * @returns The new (or, with `reconcile`, the adopted) node (status `BUILD` → `pending`); Nova's generated
   * admin password is in `extra.password` (as in libcloud), hidden from `util.inspect` and `JSON.stringify`.
   */
  async createNode(options: OpenStackCreateNodeOptions, signal?: AbortSignal): Promise<Node<Server>> {
    return serverToNode(await createNodeServer(this.#context, this.ext.compute, options, signal));
  }

  /**
   * Deletes a server (Nova deletes asynchronously; see `waitUntilDeleted`).
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once Nova accepted the deletion.
   */
  async destroyNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    await deleteServer(await this.#nova(signal), nodeId(node), signal);
  }

  /**
   * Reboots a server.
   * @param node - The node or its id.
   * @param options - `hard: true` for a power cycle.
   * @param signal - Aborts the request.
   * @returns Once Nova accepted the reboot.
   */
  async rebootNode(node: NodeRef, options: RebootNodeOptions = {}, signal?: AbortSignal): Promise<void> {
    await rebootServer(await this.#nova(signal), nodeId(node), options.hard ?? false, signal);
  }

  /**
   * Powers a SHUTOFF server on (`os-start`).
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once Nova accepted the request.
   */
  async startNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    await runServerAction(await this.#nova(signal), nodeId(node), SimpleServerAction.START, signal);
  }

  /**
   * Powers a server off (`os-stop`).
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once Nova accepted the request.
   */
  async stopNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    await runServerAction(await this.#nova(signal), nodeId(node), SimpleServerAction.STOP, signal);
  }

  /**
   * Lists flavors as sizes, following every page.
   * @param signal - Aborts the walk.
   * @returns An async iterable of sizes (the flavor is `extra`).
   */
  async *listSizes(signal?: AbortSignal): AsyncGenerator<NodeSize<Flavor>, void, undefined> {
    for await (const flavor of listFlavors(await this.#nova(signal), {}, signal)) yield flavorToSize(flavor);
  }

  /** Lists the availability zones that accept servers, as real locations. */
  async *listLocations(
    signal?: AbortSignal,
  ): AsyncGenerator<NodeLocation<AvailabilityZone>, void, undefined> {
    for await (const zone of listAvailabilityZones(await this.#nova(signal), false, signal)) {
      if (zone.available) yield zoneToLocation(zone);
    }
  }

  /**
   * Lists key pairs.
   * @param signal - Aborts the walk.
   * @returns An async iterable of key pairs.
   */
  async *listKeyPairs(signal?: AbortSignal): AsyncGenerator<KeyPair<Keypair>, void, undefined> {
    for await (const keypair of listKeypairs(await this.#nova(signal), {}, signal)) {
      yield keypairToKeyPair(keypair);
    }
  }

  /**
   * Fetches a key pair by name.
   * @param name - The key pair name.
   * @param signal - Aborts the request.
   * @returns The key pair, or `undefined` when there is none by that name.
   */
  async getKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<Keypair> | undefined> {
    const nova = Promise.resolve(this.#nova(signal));
    const keypair = await absentOnNotFound(nova.then((compute) => getKeypair(compute, name, signal)));
    return keypair === undefined ? undefined : keypairToKeyPair(keypair);
  }

  /**
   * Has Nova generate a key pair (sent at microversion 2.91: generation was removed in 2.92).
   * @param name - The new key pair name.
   * @param signal - Aborts the request.
   * @returns The key pair with `privateKey` (hidden from `util.inspect` and `JSON.stringify`).
   */
  async createKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<Keypair>> {
    return keypairToKeyPair(await createKeypair(await this.#nova(signal), { name }, signal));
  }

  /**
   * Imports an OpenSSH public key.
   * @param name - The new key pair name.
   * @param publicKey - The public key line.
   * @param signal - Aborts the request.
   * @returns The key pair.
   * @throws {@link "index"!ConfigurationError} for a private key or text that is not a public key, before sending.
   */
  async importKeyPairFromString(
    name: string,
    publicKey: string,
    signal?: AbortSignal,
  ): Promise<KeyPair<Keypair>> {
    const key = validatePublicKey(publicKey, 'The public key');
    return keypairToKeyPair(await createKeypair(await this.#nova(signal), { name, publicKey: key }, signal));
  }

  /**
   * Imports an OpenSSH public key from a file (`~/` is the home directory).
   * @param name - The new key pair name.
   * @param path - The `.pub` file.
   * @param signal - Aborts the request.
   * @returns The key pair.
   */
  async importKeyPairFromFile(name: string, path: string, signal?: AbortSignal): Promise<KeyPair<Keypair>> {
    return this.importKeyPairFromString(name, await readPublicKeyFile(path), signal);
  }

  /**
   * Deletes a key pair.
   * @param keyPair - The key pair or its name.
   * @param signal - Aborts the request.
   * @returns Once deleted.
   */
  async deleteKeyPair(keyPair: KeyPair<unknown> | string, signal?: AbortSignal): Promise<void> {
    const name = typeof keyPair === 'string' ? keyPair : keyPair.name;
    await deleteKeypair(await this.#nova(signal), name, signal);
  }

  /**
   * Snapshots a server into a new image (Nova `createImage`).
   * @param node - The node or its id.
   * @param name - The image name.
   * @param options - Image metadata.
   * @param signal - Aborts the request.
   * @returns The new image's id and name (it is still being uploaded).
   */
  async createImage(
    node: NodeRef,
    name: string,
    options: CreateImageOptions = {},
    signal?: AbortSignal,
  ): Promise<NodeImage<{ readonly serverId: string }>> {
    const serverId = nodeId(node);
    const id = await createServerImage(await this.#nova(signal), serverId, name, options.metadata, signal);
    return Object.freeze({ id, name, extra: Object.freeze({ serverId }) });
  }

  /**
   * Releases the session's connections when the driver created the session itself.
   *
   * @returns Once closed.
   */
  async close(): Promise<void> {
    if (this.#ownsSession) await this.#context.session.close();
  }
}
