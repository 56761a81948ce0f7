// An in-memory provider for the document layer's pure logic (scheduling, idempotence, orphans, reconcile).
// The real backends are exercised live in test/live/facade.
import type { DirectProvider, KindBackend, Observed } from '../../../../src/facade/document/backend.ts';
import { collectRefs } from '../../../../src/facade/document/graph.ts';
import { KIND_ORDER } from '../../../../src/facade/document/kinds/index.ts';
import type { DocumentKind } from '../../../../src/facade/document/types.ts';

export interface StoredObject {
  id: string;
  kind: DocumentKind;
  name: string;
  deployment: string | undefined;
  owner: string | undefined;
  health: Observed['health'];
}

export interface MemoryProvider extends DirectProvider {
  readonly objects: Map<string, StoredObject>;
  readonly mutations: string[];
  /** Names of running creates at their peak. */
  peakConcurrency: number;
  /** Makes the next create of this logical name fail. */
  failCreate: Set<string>;
}

function observe(object: StoredObject): Observed {
  return {
    id: object.id,
    name: object.name,
    health: object.health,
    reason: object.health === 'failed' ? 'boom' : undefined,
    owner: object.owner,
    attributes: { id: object.id, name: object.name },
  };
}

export function memoryProvider(
  existing: readonly { kind: DocumentKind | 'image' | 'flavor'; name: string }[] = [],
): MemoryProvider {
  const objects = new Map<string, StoredObject>();
  const lookups = new Map(existing.map((item) => [`${item.kind}/${item.name}`, `${item.name}-id`]));
  let counter = 0;
  let running = 0;
  const provider: MemoryProvider = {
    objects,
    mutations: [],
    peakConcurrency: 0,
    failCreate: new Set(),
    lookup: async (kind, nameOrId) => lookups.get(`${kind}/${nameOrId}`),
    backends: Object.fromEntries(
      KIND_ORDER.map((kind) => [kind, backend(kind)]),
    ) as unknown as DirectProvider['backends'],
  };
  function backend(kind: DocumentKind): KindBackend<DocumentKind> {
    const all = () => [...objects.values()].filter((o) => o.kind === kind);
    return {
      find: async (spec, deployment) => {
        const match = spec.managed
          ? all().find((o) => o.name === spec.cloudName && o.deployment === deployment)
          : all().find((o) => o.id === spec.id || o.name === spec.cloudName);
        return match === undefined ? undefined : observe(match);
      },
      listOwned: async (deployment) =>
        all()
          .filter((o) => o.deployment === deployment)
          .map(observe),
      create: async (spec, deployment, resolver) => {
        running += 1;
        provider.peakConcurrency = Math.max(provider.peakConcurrency, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        for (const { ref } of collectRefs(spec.properties, 'properties')) {
          if ((await resolver.resolve(ref, kind)) === undefined)
            throw new Error(`${ref.ref} not created yet`);
        }
        if (provider.failCreate.delete(spec.name)) throw new Error(`cannot create ${spec.name}`);
        counter += 1;
        const object: StoredObject = {
          id: `${kind}-${counter}`,
          kind,
          name: spec.cloudName,
          deployment,
          owner: spec.name,
          health: 'ready',
        };
        objects.set(object.id, object);
        provider.mutations.push(`create ${spec.name}`);
        return observe(object);
      },
      wait: async (observed) => observed,
      converge: async () => ({ changes: [] }),
      delete: async (observed) => {
        if (objects.delete(observed.id)) provider.mutations.push(`delete ${observed.owner ?? observed.name}`);
      },
    };
  }
  return provider;
}
