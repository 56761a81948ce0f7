// One kind's collection port (list, get, create, delete) over its capability calls, with ownership marks.
import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type { MarksCapability } from '../../../../compute/services/index.ts';
import { createMarked, markFromTags, unlessGone } from './marks.ts';

/** Reads each object's ownership mark: from the object when the answer carried it, else one request per object. */
function marker(marks: MarksCapability['marks'], kind: MarkableKind) {
  return async <T extends { readonly id: string; readonly marks?: readonly string[] | undefined }, R>(
    items: readonly T[],
    map: (item: T, mark: string | undefined) => R,
    signal?: AbortSignal,
  ) =>
    (
      await Promise.all(
        items.map(async (item) => {
          // The list answer usually carries the marks already (no request); else one read per object.
          const tags = item.marks ?? (await unlessGone(marks.getMarks(kind, item.id, signal)));
          return tags === undefined ? undefined : map(item, markFromTags(tags));
        }),
      )
    ).filter((mapped): mapped is Awaited<R> & R => mapped !== undefined);
}

/** One kind's collection port: objects of type `R`, made from create bodies of type `C`. */
export interface MarkedCollection<R, C> {
  /** Every object (of that name), with its mark. */
  list(name: string | undefined, signal?: AbortSignal): Promise<R[]>;
  /** One object, or `undefined` when it is gone. */
  get(id: string, signal?: AbortSignal): Promise<R | undefined>;
  /** Creates an object with its mark. */
  create(body: C, signal?: AbortSignal): Promise<R>;
  /** Deletes an object. */
  delete(id: string, signal?: AbortSignal): Promise<void>;
}

/**
 * list/get/create/delete of one kind over its capability calls, with marks read and written through `marks`.
 *
 * @param marks - The driver's mark service.
 * @param kind - The kind, as the mark service names it.
 * @param calls - The kind's capability calls, its mapping, and where a create body keeps its mark.
 * @returns The kind's collection port.
 */
export function collection<T extends { readonly id: string; readonly name?: string }, R, C>(
  marks: MarksCapability['marks'],
  kind: MarkableKind,
  calls: {
    list: (signal?: AbortSignal) => AsyncIterable<T>;
    get: (id: string, signal?: AbortSignal) => Promise<T | undefined>;
    /** The create, given the marks to write with it (atomically where the provider can). */
    create: (body: C, marks: readonly string[], signal?: AbortSignal) => Promise<T>;
    delete: (id: string, signal?: AbortSignal) => Promise<void>;
    map: (item: T, mark: string | undefined) => R;
    mark: (body: C) => string;
  },
): MarkedCollection<R, C> {
  const read = marker(marks, kind);
  return {
    list: async (name: string | undefined, signal?: AbortSignal) =>
      read(
        (await Array.fromAsync(calls.list(signal))).filter((i) => name === undefined || i.name === name),
        calls.map,
        signal,
      ),
    get: async (id: string, signal?: AbortSignal) => {
      const item = await calls.get(id, signal);
      return item === undefined ? undefined : (await read([item], calls.map, signal))[0];
    },
    create: async (body: C, signal?: AbortSignal) => {
      const mark = calls.mark(body);
      return calls.map(
        await createMarked(marks, kind, mark, () => calls.create(body, [mark], signal), signal),
        mark,
      );
    },
    delete: calls.delete,
  };
}
