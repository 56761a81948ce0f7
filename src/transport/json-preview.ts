/** How much of a JSON value {@link previewJson} keeps. */
export interface PreviewLimits {
  /** Deeper objects and arrays are replaced by a `[… nested deeper than N levels]` marker. */
  readonly maxDepth: number;
  /** Objects and arrays plus primitives kept in all; the rest is replaced by `…` markers. */
  readonly maxNodes: number;
  /** Longer strings are cut (with a note of their length). */
  readonly maxStringChars: number;
}

/** The limits of a transcript body: far more than the 64 KiB the transcript shows. */
export const TRANSCRIPT_PREVIEW: PreviewLimits = Object.freeze({
  maxDepth: 64,
  maxNodes: 20_000,
  maxStringChars: 64 * 1024,
});

/** Where a copied value goes: into an array slot or an object key of its parent copy. */
interface Pending {
  readonly source: unknown;
  readonly depth: number;
  readonly parent: Record<string, unknown> | unknown[];
  readonly key: string | number;
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function leaf(value: unknown, limits: PreviewLimits): unknown {
  if (typeof value === 'string' && value.length > limits.maxStringChars) {
    return `${value.slice(0, limits.maxStringChars)}… (${value.length} characters, cut)`;
  }
  return value;
}

/**
 * Copies a parsed JSON value down to a bounded size, without recursion: safe on a body nested 100,000 levels
 * deep or holding millions of items, so the debug transcript can redact and pretty-print the copy in bounded
 * time and memory.
 *
 * @remarks
 * Nothing is added but markers (strings starting with `[…` or `…`); what is kept is unchanged, so field-name
 * redaction applies to the copy as to the original. Class instances and cycles are not walked into.
 *
 * @param value - A parsed JSON value (not modified).
 * @param limits - Depth, node and string limits.
 * @returns The bounded copy.
 */
export function previewJson(value: unknown, limits: PreviewLimits = TRANSCRIPT_PREVIEW): unknown {
  if (!isPlainContainer(value)) return leaf(value, limits);
  const root: { value?: unknown } = {};
  const holder: Record<string, unknown> = root;
  const stack: Pending[] = [{ source: value, depth: 1, parent: holder, key: 'value' }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    nodes++;
    const copy = copyOne(item, limits, limits.maxNodes - nodes - stack.length);
    setSlot(item.parent, item.key, copy.value);
    // Children are pushed in reverse so they are copied in order (the node budget keeps the first ones).
    for (let index = copy.children.length - 1; index >= 0; index--) {
      const child = copy.children[index];
      if (child !== undefined) stack.push(child);
    }
  }
  return root.value;
}

function setSlot(parent: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (!Array.isArray(parent)) parent[String(key)] = value;
}

/** Copies one value; a container gets at most `room` children (the node budget left), the rest a marker. */
function copyOne(
  item: Pending,
  limits: PreviewLimits,
  room: number,
): { value: unknown; children: Pending[] } {
  const { source, depth } = item;
  if (!isPlainContainer(source)) return { value: leaf(source, limits), children: [] };
  if (depth > limits.maxDepth) {
    return { value: `[… nested deeper than ${limits.maxDepth} levels]`, children: [] };
  }
  const children: Pending[] = [];
  const keep = Math.max(0, room);
  if (Array.isArray(source)) {
    const kept = Math.min(source.length, keep);
    const out: unknown[] = new Array<unknown>(kept).fill(undefined);
    for (let index = 0; index < kept; index++) {
      children.push({ source: source[index], depth: depth + 1, parent: out, key: index });
    }
    if (kept < source.length) out.push(`… (${source.length - kept} more items)`);
    return { value: out, children };
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    if (kept === keep) {
      out['…'] = 'more fields not shown';
      break;
    }
    kept++;
    out[key] = undefined;
    children.push({ source: source[key], depth: depth + 1, parent: out, key });
  }
  return { value: out, children };
}
