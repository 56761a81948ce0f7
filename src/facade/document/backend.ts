import type { DocumentKind, JsonValue, ManagedResource, ResourceSpecOf, Target } from './types.ts';

/** How healthy an observed object is. */
export type Health = 'ready' | 'pending' | 'failed';

/** An object as seen in the cloud. */
export interface Observed {
  /** The provider's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** `ready`, `pending` (still building) or `failed` (ERROR and the like). */
  readonly health: Health;
  /** Why it failed, when the provider says. */
  readonly reason: string | undefined;
  /** The logical resource name from the ownership mark, when the object carries one. */
  readonly owner: string | undefined;
  /** The attributes outputs may read (`id`, `name`, and the kind's own). */
  readonly attributes: Readonly<Record<string, JsonValue>>;
}

/** Which existing objects a kind's properties may name, looked up by name or id. */
export type LookupKind = DocumentKind | 'image' | 'flavor';

/** Turns a property's target into an id, during apply and plan. */
export interface Resolver {
  /**
   * @param target - A `{ref}` (the referenced resource's id or attribute) or the name or id of an existing object.
   * @param kind - What kind of object a literal names.
   * @param signal - Aborts the lookup.
   * @returns The id (or attribute value as a string); `undefined` when a referenced resource has no id yet (plan).
   */
  resolve(target: Target, kind: LookupKind, signal?: AbortSignal): Promise<string | undefined>;
}

/** What apply changes on an object that exists, besides creating it. */
export interface Convergence {
  /** Human-readable changes still needed, e.g. `add interface on subnet 1a2b…`. */
  readonly changes: readonly string[];
  /** Makes the changes (absent when there are none). */
  readonly apply?: ((signal?: AbortSignal) => Promise<void>) | undefined;
}

/**
 * What an engine needs from a provider for one kind. Implementations look objects up before every create (so a
 * killed apply re-run creates no duplicate), put the ownership mark in the create request itself, and treat an
 * absent object as deleted.
 */
export interface KindBackend<K extends DocumentKind> {
  /**
   * @param spec - The resource: managed ones are found by their cloud name and ownership mark, adopted ones by
   *   id or name.
   * @param deployment - The deployment id.
   * @param signal - Aborts the lookup.
   * @returns The object, or `undefined` when absent.
   */
  find(spec: ResourceSpecOf<K>, deployment: string, signal?: AbortSignal): Promise<Observed | undefined>;
  /**
   * @param deployment - The deployment id.
   * @param signal - Aborts the walk.
   * @returns Every object of this kind that carries the deployment's ownership mark.
   */
  listOwned(deployment: string, signal?: AbortSignal): Promise<readonly Observed[]>;
  /**
   * Creates the object with the ownership mark and waits until it is ready.
   * @param spec - The managed resource.
   * @param deployment - The deployment id.
   * @param resolver - Turns targets into ids.
   * @param signal - Aborts the create and the wait.
   * @returns The ready object.
   */
  create(
    spec: ManagedResource<K>,
    deployment: string,
    resolver: Resolver,
    signal?: AbortSignal,
  ): Promise<Observed>;
  /**
   * Waits until a pending object is ready or failed.
   * @param observed - The object.
   * @param signal - Aborts the wait.
   * @returns It, re-read.
   */
  wait(observed: Observed, signal?: AbortSignal): Promise<Observed>;
  /**
   * Compares an existing object with its spec (security group rules, router interfaces, attachments, …).
   * @param spec - The managed resource.
   * @param observed - The object.
   * @param resolver - Turns targets into ids.
   * @param signal - Aborts the reads.
   * @returns The changes still needed; no request is sent that changes anything.
   */
  converge(
    spec: ManagedResource<K>,
    observed: Observed,
    resolver: Resolver,
    signal?: AbortSignal,
  ): Promise<Convergence>;
  /**
   * Deletes the object (and what hangs off it: router interfaces, attachments) and waits until it is gone.
   * @param observed - The object.
   * @param signal - Aborts the delete and the wait.
   * @returns Once it is gone; an absent object counts as deleted.
   */
  delete(observed: Observed, signal?: AbortSignal): Promise<void>;
}

/** A backend for every kind: what the direct engine runs a document against. */
export type Backends = { readonly [K in DocumentKind]: KindBackend<K> };

/** A provider as the direct engine sees it: a backend per kind, and name-or-id lookups for literal targets. */
export interface DirectProvider {
  /** The backends. */
  readonly backends: Backends;
  /**
   * @param kind - What the literal names.
   * @param nameOrId - The name or id.
   * @param signal - Aborts the lookup.
   * @returns The id, or `undefined` when nothing matches.
   * @throws {@link AmbiguousResourceError} when several objects match a name.
   */
  lookup(kind: LookupKind, nameOrId: string, signal?: AbortSignal): Promise<string | undefined>;
}
