import { readFile } from 'node:fs/promises';
import type { Capability } from '../../compute/capabilities.ts';
import type { CreateImageOptions, NodeImage } from '../../compute/models/image.ts';
import type { KeyPair } from '../../compute/models/key-pair.ts';
import type { NodeLocation } from '../../compute/models/location.ts';
import {
  type ListNodesOptions,
  type Node,
  type NodeRef,
  nodeId,
  type RebootNodeOptions,
} from '../../compute/models/node.ts';
import { refId } from '../../compute/models/ref-id.ts';
import type { NodeSize } from '../../compute/models/size.ts';
import type {
  AttachVolumeOptions,
  CreateVolumeOptions,
  StorageVolume,
  VolumeRef,
} from '../../compute/models/volume.ts';
import { NodeDriver } from '../../compute/node-driver.ts';
import { createEc2Capabilities, EC2_CAPABILITIES, type Ec2CapabilityServices } from './capabilities/index.ts';
import type { Ec2DriverOptions } from './config/types.ts';
import { connectEc2, type Ec2Connection } from './connect.ts';
import { type Ec2CreateNodeOptions, toRunInstanceOptions } from './create-node-options.ts';
import { createEc2Extensions, type Ec2Extensions } from './extension.ts';
import { createNodeImage } from './images/create-node-image.ts';
import * as images from './images/operations.ts';
import { listInstanceTypes } from './instance-types/operations.ts';
import { getInstance, instanceAction, listInstances, runInstance } from './instances/operations.ts';
import type { Ec2NodeExtra } from './instances/results.ts';
import * as keys from './key-pairs/operations.ts';
import * as volumes from './volumes/operations.ts';
import { attachPortableVolume, createPortableVolume, detachPortableVolume } from './volumes/portable.ts';
import { listZones } from './zones/operations.ts';

/**
 * The Amazon EC2 driver (Query API `2016-11-15`, Signature V4), for AWS and EC2-compatible clouds.
 *
 * @remarks
 * Nodes are instances (`name` is the `Name` tag); terminated instances, which EC2 keeps showing for about an hour,
 * are left out of `listNodes` and make `getNode` answer `undefined`. Sizes are instance types, locations the
 * region's availability zones. EC2 error codes are typed: `*.NotFound` → `NotFoundError`,
 * `RequestLimitExceeded` → `RateLimitError`, `InsufficientInstanceCapacity` → `InsufficientCapacityError`.
 *
 * @example
 * ```ts
 * import { Ec2NodeDriver, ec2FromEnv } from 'stratus/ec2';
 * const driver = new Ec2NodeDriver(ec2FromEnv(process.env));
 * for await (const node of driver.listNodes()) console.log(node.id, node.name, node.state);
 * await driver.close();
 * ```
 */
export class Ec2NodeDriver extends NodeDriver<Ec2NodeExtra, Ec2CreateNodeOptions> {
  /** `ec2`. */
  readonly provider = 'ec2';
  /** `Amazon EC2`. */
  readonly name = 'Amazon EC2';
  /** `2016-11-15`, the EC2 Query API version. */
  readonly apiVersion = '2016-11-15';
  /**
   * Power, key pairs, images, image creation, volumes, and the facade's services: networking (VPCs), security
   * groups, floating IPs (Elastic IPs), block storage (EBS), stacks (CloudFormation), provisioning and marks (tags).
   */
  readonly capabilities: ReadonlySet<Capability> = new Set(EC2_CAPABILITIES);
  /** VPCs as networks (and `amazon`, the external network), subnets, internet gateways as routers, interfaces as ports. */
  readonly networking: Ec2CapabilityServices['networking'];
  /** VPC security groups and their rules. */
  readonly securityGroups: Ec2CapabilityServices['securityGroups'];
  /** Elastic IPs. */
  readonly floatingIps: Ec2CapabilityServices['floatingIps'];
  /** EBS volumes with attachments and snapshots. */
  readonly blockStorage: Ec2CapabilityServices['blockStorage'];
  /** CloudFormation stacks. */
  readonly stacks: Ec2CapabilityServices['stacks'];
  /** Instances with subnet, security groups, user data and tags. */
  readonly provisioning: Ec2CapabilityServices['provisioning'];
  /** Tags as ownership marks. */
  readonly marks: Ec2CapabilityServices['marks'];
  /** Regions, filtered image queries and snapshots. */
  readonly ext: Ec2Extensions;
  /** The region this driver works in. */
  readonly region: string;
  readonly #connection: Ec2Connection;

  /**
   * @param options - Credentials, region, endpoint and transport settings (see `ec2FromEnv`, `ec2FromProfile`).
   * @throws {@link ConfigurationError} for a missing region or a bad endpoint.
   */
  constructor(options: Ec2DriverOptions) {
    super();
    this.#connection = connectEc2(options, options.transport);
    this.region = options.region;
    this.ext = createEc2Extensions(this.#connection.ec2);
    const services = createEc2Capabilities(this.#connection);
    this.networking = services.networking;
    this.securityGroups = services.securityGroups;
    this.floatingIps = services.floatingIps;
    this.blockStorage = services.blockStorage;
    this.stacks = services.stacks;
    this.provisioning = services.provisioning;
    this.marks = services.marks;
  }

  /** @returns The signed Query API clients (EC2, CloudFormation), for extension packages. */
  get connection(): Ec2Connection {
    return this.#connection;
  }

  /** @returns Once the connection pool is closed. */
  close(): Promise<void> {
    return this.#connection.transport.close();
  }

  /** @inheritDoc */
  listNodes(options: ListNodesOptions = {}, signal?: AbortSignal): AsyncIterable<Node<Ec2NodeExtra>> {
    return listInstances(this.#connection.ec2, { pageSize: options.pageSize }, signal);
  }

  /** @inheritDoc */
  getNode(id: string, signal?: AbortSignal): Promise<Node<Ec2NodeExtra> | undefined> {
    return getInstance(this.#connection.ec2, id, signal);
  }

  /**
   * Launches one instance.
   * @param options - Name, size (instance type), image (AMI, required), location (zone), key pair, VPC placement.
   * @param signal - Aborts the request.
   * @returns The new node (usually pending).
   * @throws {@link ConfigurationError} without an image.
   */
  createNode(options: Ec2CreateNodeOptions, signal?: AbortSignal): Promise<Node<Ec2NodeExtra>> {
    return runInstance(this.#connection.ec2, toRunInstanceOptions(options), signal);
  }

  /** @inheritDoc */
  destroyNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    return instanceAction(this.#connection.ec2, 'TerminateInstances', [nodeId(node)], { signal });
  }

  /** @inheritDoc */
  rebootNode(node: NodeRef, _options: RebootNodeOptions = {}, signal?: AbortSignal): Promise<void> {
    return instanceAction(this.#connection.ec2, 'RebootInstances', [nodeId(node)], { signal });
  }

  /**
   * Starts a stopped instance.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  startNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    return instanceAction(this.#connection.ec2, 'StartInstances', [nodeId(node)], { signal });
  }

  /**
   * Stops a running instance.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  stopNode(node: NodeRef, signal?: AbortSignal): Promise<void> {
    return instanceAction(this.#connection.ec2, 'StopInstances', [nodeId(node)], { signal });
  }

  /** @inheritDoc */
  listSizes(signal?: AbortSignal): AsyncIterable<NodeSize<unknown>> {
    return listInstanceTypes(this.#connection.ec2, signal);
  }

  /** @inheritDoc */
  async *listLocations(signal?: AbortSignal): AsyncIterable<NodeLocation<unknown>> {
    yield* await listZones(this.#connection.ec2, signal);
  }

  /**
   * Lists the images the caller may launch.
   * @param signal - Aborts the request.
   * @returns The images.
   */
  async *listImages(signal?: AbortSignal): AsyncIterable<NodeImage<unknown>> {
    yield* await images.describeImages(this.#connection.ec2, {}, signal);
  }

  /**
   * Fetches one image.
   * @param id - The AMI id.
   * @param signal - Aborts the request.
   * @returns The image, or `undefined`.
   */
  getImage(id: string, signal?: AbortSignal): Promise<NodeImage<unknown> | undefined> {
    return images.getImage(this.#connection.ec2, id, signal);
  }

  /**
   * Deregisters an image.
   * @param image - The image or its id.
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  deleteImage(image: NodeImage<unknown> | string, signal?: AbortSignal): Promise<void> {
    return images.deregisterImage(this.#connection.ec2, refId(image), signal);
  }

  /**
   * Creates an AMI from an instance.
   * @param node - The node or its id.
   * @param name - The image name.
   * @param options - Tags (`metadata`).
   * @param signal - Aborts the request.
   * @returns The new image.
   */
  createImage(
    node: NodeRef,
    name: string,
    options: CreateImageOptions = {},
    signal?: AbortSignal,
  ): Promise<NodeImage<unknown>> {
    return createNodeImage(this.#connection.ec2, nodeId(node), name, options.metadata ?? {}, signal);
  }

  /**
   * Lists key pairs.
   * @param signal - Aborts the request.
   * @returns The key pairs.
   */
  async *listKeyPairs(signal?: AbortSignal): AsyncIterable<KeyPair<unknown>> {
    yield* await keys.describeKeyPairs(this.#connection.ec2, undefined, signal);
  }

  /**
   * Fetches one key pair.
   * @param name - Its name.
   * @param signal - Aborts the request.
   * @returns The key pair, or `undefined`.
   */
  getKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<unknown> | undefined> {
    return keys.getKeyPair(this.#connection.ec2, name, signal);
  }

  /**
   * Creates a key pair; the private key is in the answer only.
   * @param name - Its name.
   * @param signal - Aborts the request.
   * @returns The key pair with `privateKey`.
   */
  createKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<unknown>> {
    return keys.createKeyPair(this.#connection.ec2, name, signal);
  }

  /**
   * Imports a public key.
   * @param name - Its name.
   * @param publicKey - An OpenSSH public key line.
   * @param signal - Aborts the request.
   * @returns The key pair.
   */
  importKeyPairFromString(name: string, publicKey: string, signal?: AbortSignal): Promise<KeyPair<unknown>> {
    return keys.importKeyPair(this.#connection.ec2, name, publicKey, signal);
  }

  /**
   * Imports a public key from a file.
   * @param name - Its name.
   * @param path - The `.pub` file.
   * @param signal - Aborts the request.
   * @returns The key pair.
   */
  async importKeyPairFromFile(name: string, path: string, signal?: AbortSignal): Promise<KeyPair<unknown>> {
    return this.importKeyPairFromString(name, await readFile(path, { encoding: 'utf8', signal }), signal);
  }

  /**
   * Deletes a key pair.
   * @param keyPair - The key pair or its name.
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  deleteKeyPair(keyPair: KeyPair<unknown> | string, signal?: AbortSignal): Promise<void> {
    return keys.deleteKeyPair(
      this.#connection.ec2,
      typeof keyPair === 'string' ? keyPair : keyPair.name,
      signal,
    );
  }

  /**
   * Lists volumes.
   * @param signal - Aborts the walk.
   * @returns The volumes.
   */
  listVolumes(signal?: AbortSignal): AsyncIterable<StorageVolume<unknown>> {
    return volumes.listVolumes(this.#connection.ec2, signal);
  }

  /**
   * Fetches one volume.
   * @param id - The volume id.
   * @param signal - Aborts the request.
   * @returns The volume, or `undefined`.
   */
  getVolume(id: string, signal?: AbortSignal): Promise<StorageVolume<unknown> | undefined> {
    return volumes.getVolume(this.#connection.ec2, id, signal);
  }

  /**
   * Creates a volume; without a location, in the region's first availability zone.
   * @param options - Size, name, location (zone); `image` is read as a snapshot id.
   * @param signal - Aborts the request.
   * @returns The new volume.
   */
  createVolume(options: CreateVolumeOptions, signal?: AbortSignal): Promise<StorageVolume<unknown>> {
    return createPortableVolume(this.#connection.ec2, options, signal);
  }

  /** @returns Once EC2 accepted the deletion. @param volume - The volume or its id. @param signal - Aborts the request. */
  destroyVolume(volume: VolumeRef, signal?: AbortSignal): Promise<void> {
    return volumes.volumeAction(this.#connection.ec2, 'DeleteVolume', { VolumeId: refId(volume) }, signal);
  }

  /**
   * Attaches a volume to an instance.
   * @param node - The node or its id.
   * @param volume - The volume or its id.
   * @param options - The device. @defaultValue `/dev/sdf`
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  attachVolume(
    node: NodeRef,
    volume: VolumeRef,
    options: AttachVolumeOptions = {},
    signal?: AbortSignal,
  ): Promise<void> {
    return attachPortableVolume(this.#connection.ec2, node, volume, options, signal);
  }

  /**
   * Detaches a volume from the instance it is attached to (named explicitly: some EC2-compatible servers need it).
   * @param volume - The volume or its id.
   * @param signal - Aborts the request.
   * @returns Once EC2 accepted it.
   */
  detachVolume(volume: VolumeRef, signal?: AbortSignal): Promise<void> {
    return detachPortableVolume(this.#connection.ec2, volume, signal);
  }
}
