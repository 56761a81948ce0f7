import type { Backends, KindBackend } from './backend.ts';
import type { DocumentKind } from './types.ts';

/**
 * The backend of a resource's kind, typed for any kind.
 *
 * @remarks
 * `Backends` pairs each kind with its backend; a spec of kind `K` is only ever handed to `backends[K]`, which is
 * what this widening relies on.
 *
 * @param backends - The backends.
 * @param kind - The kind.
 * @returns The backend.
 */
export function backendOf(backends: Backends, kind: DocumentKind): KindBackend<DocumentKind> {
  return backends[kind] as unknown as KindBackend<DocumentKind>;
}
