import { randomUUID } from 'node:crypto';

/** The lifecycles this driver runs. */
export const LIFECYCLES = ['Create', 'Adopt', 'Delete'] as const;

/** One of {@link LIFECYCLES}. */
export type Lifecycle = (typeof LIFECYCLES)[number];

/**
 * The lifecycle named by a request, case-insensitively.
 *
 * @param name - `lifecycleName` as sent.
 * @returns The lifecycle, or `undefined` when the driver does not run it.
 */
export function lifecycleOf(name: string): Lifecycle | undefined {
  return LIFECYCLES.find((l) => l.toUpperCase() === name.toUpperCase());
}

/**
 * The VIM driver's self-describing request id `<Lifecycle>::<stack id>::<uuid>`.
 *
 * @param lifecycle - The lifecycle.
 * @param stackId - The stack (or a word such as `no-stack`).
 * @returns The id.
 */
export function newRequestId(lifecycle: Lifecycle, stackId: string): string {
  return `${lifecycle}::${stackId}::${randomUUID()}`;
}
