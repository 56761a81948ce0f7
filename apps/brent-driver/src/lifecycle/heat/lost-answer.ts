import type { ServiceClient } from 'stratus/openstack';
import { findStack, type Stack } from 'stratus/openstack/orchestration';
import { sleep } from './sleep.ts';

/** How long, and how often, to look for the stack after Heat's answer was lost. */
export interface LostAnswerWindow {
  /** @defaultValue 60000 */
  readonly windowMs?: number | undefined;
  /** @defaultValue 2000 */
  readonly everyMs?: number | undefined;
}

/** Heat's clock and ours may differ by this much when telling our stack from an older one of the same name. */
const CLOCK_SKEW_MS = 30_000;

/** What the look-up found. */
export type LostAnswerOutcome =
  | { readonly kind: 'made'; readonly stack: Stack }
  | { readonly kind: 'older'; readonly stack: Stack }
  | { readonly kind: 'absent' };

function createdAtMs(stack: Stack): number | undefined {
  if (stack.createdAt === undefined) return undefined;
  // Heat writes UTC, sometimes without the zone
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(stack.createdAt) ? stack.createdAt : `${stack.createdAt}Z`;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * After a stack create was sent and its answer lost (a timeout under load, a cut connection): Heat may still
 * make the stack, and its name is deterministic, so look it up for a while rather than answer 500 and leave a
 * stack that nobody polls. A stack created before the send (give or take clock skew) is an older one of the
 * same name, not ours.
 *
 * @param heat - The orchestration client.
 * @param name - The stack name that was sent.
 * @param sentAt - When the create was sent (epoch ms).
 * @param window - How long and how often to look.
 * @param signal - Aborts the look-up.
 * @returns The stack the create made, an older stack of that name, or absent when none appeared in the window.
 */
export async function stackAfterLostAnswer(
  heat: ServiceClient,
  name: string,
  sentAt: number,
  window: LostAnswerWindow = {},
  signal?: AbortSignal,
): Promise<LostAnswerOutcome> {
  const until = Date.now() + (window.windowMs ?? 60_000);
  for (;;) {
    const stack = await findStack(heat, name, signal);
    if (stack !== undefined) {
      const created = createdAtMs(stack);
      const older = created !== undefined && created < sentAt - CLOCK_SKEW_MS;
      return older ? { kind: 'older', stack } : { kind: 'made', stack };
    }
    if (Date.now() >= until) return { kind: 'absent' };
    await sleep(window.everyMs ?? 2_000, signal);
  }
}
