import type { CreateImageOptions, NodeImage } from './models/image.ts';
import type { KeyPair } from './models/key-pair.ts';
import type { NodeRef } from './models/node.ts';
import type { AttachVolumeOptions, CreateVolumeOptions, StorageVolume, VolumeRef } from './models/volume.ts';
import type { PortableExtras } from './portable/extras.ts';
import type { PortableResources } from './portable/resources.ts';
import type { StackService } from './portable/stacks.ts';

/**
 * The optional features a driver may offer beyond the core node methods.
 *
 * @example
 * ```ts
 * import { Capability } from 'stratus';
 * console.log(Capability.KEY_PAIRS); // 'keyPairs'
 * ```
 */
export const Capability = {
  /** `startNode` / `stopNode`: {@link NodePowerManagement}. */
  POWER: 'power',
  /** Key pair methods: {@link KeyPairManagement}. */
  KEY_PAIRS: 'keyPairs',
  /** `listImages` / `getImage` / `deleteImage`: {@link ImageManagement}. */
  IMAGES: 'images',
  /** `createImage` from a node: {@link NodeImageCreation}. */
  NODE_IMAGES: 'nodeImages',
  /** Volume methods: {@link VolumeManagement}. */
  VOLUMES: 'volumes',
  /** `driver.resources`: portable networks, routers, ports, security groups, floating IPs, servers, volumes. */
  RESOURCES: 'resources',
  /** `driver.stacks`: the provider's stack service (Heat, CloudFormation). */
  STACKS: 'stacks',
  /** `driver.extras`: server metadata, volume resize and snapshots, streamed image upload. */
  EXTRAS: 'extras',
} as const;

/** One of the {@link Capability} values. */
export type Capability = (typeof Capability)[keyof typeof Capability];

/** Powering a node off and on without deleting it. */
export interface NodePowerManagement {
  /**
   * Powers a stopped node on.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the request.
   */
  startNode(node: NodeRef, signal?: AbortSignal): Promise<void>;
  /**
   * Powers a node off, keeping its disks.
   * @param node - The node or its id.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the request.
   */
  stopNode(node: NodeRef, signal?: AbortSignal): Promise<void>;
}

/** SSH key pairs stored by the provider. */
export interface KeyPairManagement {
  /** @param signal - Aborts the walk. @returns Every key pair, lazily. */
  listKeyPairs(signal?: AbortSignal): AsyncIterable<KeyPair<unknown>>;
  /**
   * @param name - The key pair name.
   * @param signal - Aborts the request.
   * @returns The key pair, or `undefined` when there is none by that name.
   */
  getKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<unknown> | undefined>;
  /**
   * Has the provider generate a key pair.
   * @param name - The new key pair name.
   * @param signal - Aborts the request.
   * @returns The key pair including `privateKey` (store it; it is shown once).
   */
  createKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair<unknown>>;
  /**
   * @param name - The new key pair name.
   * @param publicKey - An OpenSSH public key line.
   * @param signal - Aborts the request.
   * @returns The imported key pair.
   */
  importKeyPairFromString(name: string, publicKey: string, signal?: AbortSignal): Promise<KeyPair<unknown>>;
  /**
   * @param name - The new key pair name.
   * @param path - A file holding an OpenSSH public key (e.g. `~/.ssh/id_ed25519.pub`).
   * @param signal - Aborts the request.
   * @returns The imported key pair.
   */
  importKeyPairFromFile(name: string, path: string, signal?: AbortSignal): Promise<KeyPair<unknown>>;
  /**
   * @param keyPair - The key pair or its name.
   * @param signal - Aborts the request.
   * @returns Once deleted.
   */
  deleteKeyPair(keyPair: KeyPair<unknown> | string, signal?: AbortSignal): Promise<void>;
}

/** Listing and deleting images. */
export interface ImageManagement {
  /** @param signal - Aborts the walk. @returns Every image visible to the caller, lazily. */
  listImages(signal?: AbortSignal): AsyncIterable<NodeImage<unknown>>;
  /**
   * @param id - The image id.
   * @param signal - Aborts the request.
   * @returns The image, or `undefined` when there is none with that id.
   */
  getImage(id: string, signal?: AbortSignal): Promise<NodeImage<unknown> | undefined>;
  /**
   * @param image - The image or its id.
   * @param signal - Aborts the request.
   * @returns Once deleted.
   */
  deleteImage(image: NodeImage<unknown> | string, signal?: AbortSignal): Promise<void>;
}

/** Making an image (a snapshot) from a node. */
export interface NodeImageCreation {
  /**
   * @param node - The node or its id.
   * @param name - The new image's name.
   * @param options - Image metadata.
   * @param signal - Aborts the request.
   * @returns The new image (it may still be uploading).
   */
  createImage(
    node: NodeRef,
    name: string,
    options?: CreateImageOptions,
    signal?: AbortSignal,
  ): Promise<NodeImage<unknown>>;
}

/** Block-storage volumes and attaching them to nodes. */
export interface VolumeManagement {
  /** @param signal - Aborts the walk. @returns Every volume, lazily. */
  listVolumes(signal?: AbortSignal): AsyncIterable<StorageVolume<unknown>>;
  /**
   * @param options - Size, name, zone and source image.
   * @param signal - Aborts the request.
   * @returns The new volume (usually still `creating`).
   */
  createVolume(options: CreateVolumeOptions, signal?: AbortSignal): Promise<StorageVolume<unknown>>;
  /**
   * @param volume - The volume or its id.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the deletion.
   */
  destroyVolume(volume: VolumeRef, signal?: AbortSignal): Promise<void>;
  /**
   * @param node - The node or its id.
   * @param volume - The volume or its id.
   * @param options - A device name hint.
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the attachment.
   */
  attachVolume(
    node: NodeRef,
    volume: VolumeRef,
    options?: AttachVolumeOptions,
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * @param volume - The volume or its id (it must be attached).
   * @param signal - Aborts the request.
   * @returns Once the provider accepted the detachment.
   */
  detachVolume(volume: VolumeRef, signal?: AbortSignal): Promise<void>;
}

/** Maps each capability to the interface it promises. */
export interface CapabilityInterfaces {
  /** Power management. */
  readonly power: NodePowerManagement;
  /** Key pairs. */
  readonly keyPairs: KeyPairManagement;
  /** Images. */
  readonly images: ImageManagement;
  /** Images from nodes. */
  readonly nodeImages: NodeImageCreation;
  /** Volumes. */
  readonly volumes: VolumeManagement;
  /** Portable resources. */
  readonly resources: { readonly resources: PortableResources };
  /** The stack service. */
  readonly stacks: { readonly stacks: StackService };
  /** Metadata, resize, snapshots, uploads. */
  readonly extras: { readonly extras: PortableExtras };
}

const METHODS: { readonly [C in Capability]: readonly (keyof CapabilityInterfaces[C])[] } = {
  power: ['startNode', 'stopNode'],
  keyPairs: [
    'listKeyPairs',
    'getKeyPair',
    'createKeyPair',
    'importKeyPairFromString',
    'importKeyPairFromFile',
    'deleteKeyPair',
  ],
  images: ['listImages', 'getImage', 'deleteImage'],
  nodeImages: ['createImage'],
  volumes: ['listVolumes', 'createVolume', 'destroyVolume', 'attachVolume', 'detachVolume'],
  resources: ['resources'],
  stacks: ['stacks'],
  extras: ['extras'],
};

/** Methods are functions; the service capabilities (`resources`, `stacks`, `extras`) are objects. */
function offered(value: unknown): boolean {
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/** Anything that declares its capabilities (every `NodeDriver`). */
export interface HasCapabilities {
  /** The optional features this driver offers. */
  readonly capabilities: ReadonlySet<Capability>;
}

/**
 * Type guard: does this driver offer a capability? Narrows the driver to the capability's interface.
 *
 * @param driver - Any driver.
 * @param capability - The feature to test.
 * @returns `true` when the driver declares the capability and has every member it promises.
 * @example
 * ```ts
 * import { Capability, supports, type NodeDriver } from 'stratus';
 * declare const driver: NodeDriver;
 * if (supports(driver, Capability.KEY_PAIRS)) await driver.deleteKeyPair('old');
 * ```
 */
export function supports<D extends HasCapabilities, C extends Capability>(
  driver: D,
  capability: C,
): driver is D & CapabilityInterfaces[C] {
  if (!driver.capabilities.has(capability)) return false;
  return METHODS[capability].every((member) => offered(Reflect.get(driver, member)));
}
