/**
 * The job side of a queued Create: send the stack POST once per request however often the job runs, and, when
 * the request is finished, remove any second stack a repeated POST made (a replica killed while Heat still held
 * its POST, so the look-up before the next POST could not see the stack yet).
 */
import { BadRequestError, ConflictError, OutcomeUnknownError } from 'stratus';
import type { ServiceClient } from 'stratus/openstack';
import { createStack, deleteStack, listStacks, type Stack } from 'stratus/openstack/orchestration';
import { maskSecretInputs, type QueuedCreate } from './create-spec.ts';
import { sleep } from './sleep.ts';

/** What sending the create came to. */
export type CreateStep =
  /** The request's stack exists: made by this run's POST (`sent`), or found, made by an earlier run. */
  | {
      readonly kind: 'made';
      readonly stack: { readonly name: string; readonly id: string };
      readonly sent: boolean;
    }
  /** A stack of the name that is not this request's. */
  | { readonly kind: 'exists'; readonly description: string }
  /** Heat refused the template or its inputs. */
  | { readonly kind: 'refused'; readonly description: string };

/** How long, and how often, to look for the stack after a 409 or a lost answer. */
export interface LookWindow {
  /** @defaultValue 30000 */
  readonly windowMs?: number | undefined;
  /** @defaultValue 1000 */
  readonly everyMs?: number | undefined;
}

async function stacksNamed(heat: ServiceClient, name: string, signal?: AbortSignal): Promise<Stack[]> {
  const out: Stack[] = [];
  for await (const stack of listStacks(heat, { name }, signal)) if (stack.name === name) out.push(stack);
  return out;
}

/** The request's oldest stack, else another stack of the name, else nothing. */
async function look(
  heat: ServiceClient,
  spec: QueuedCreate,
  signal?: AbortSignal,
): Promise<CreateStep | undefined> {
  const stacks = await stacksNamed(heat, spec.name, signal);
  const mine = stacks.filter((s) => s.tags.includes(spec.tag));
  const first = mine.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))[0];
  if (first !== undefined) return { kind: 'made', stack: { name: first.name, id: first.id }, sent: false };
  const other = stacks[0];
  if (other === undefined) return undefined;
  return {
    kind: 'exists',
    description: `Heat stack '${spec.name}' already exists (${other.id}, ${other.status})`,
  };
}

async function lookAWhile(
  heat: ServiceClient,
  spec: QueuedCreate,
  window: LookWindow,
  signal?: AbortSignal,
): Promise<CreateStep | undefined> {
  const until = Date.now() + (window.windowMs ?? 30_000);
  for (;;) {
    const found = await look(heat, spec, signal);
    if (found !== undefined || Date.now() >= until) return found;
    await sleep(window.everyMs ?? 1_000, signal);
  }
}

/** How {@link sendQueuedCreate} sends. */
export interface SendOptions {
  /** How long to look for the stack after a 409 or a lost answer. */
  readonly window?: LookWindow | undefined;
  /** Limits the POSTs at Heat at once. */
  readonly gate?: { run<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> } | undefined;
}

/**
 * Sends a queued Create's stack POST. Heat answers 409 when a stack of the name exists: a run after a crash, or
 * after a lost answer, whose stack Heat had stored, gets one. A 409 or a lost answer is settled by looking for
 * the stack: this request's tag → made (found); another stack of the name → exists.
 *
 * @param heat - The orchestration client.
 * @param spec - The create, opened from the job.
 * @param signal - Aborts the Heat calls (and the wait for the gate).
 * @param options - The look-up window and the gate.
 * @returns What the create came to.
 * @throws {@link OutcomeUnknownError} when Heat's answer was lost and no stack appeared in the window; any other
 * error of the Heat calls (the monitor retries the temporary ones).
 */
export async function sendQueuedCreate(
  heat: ServiceClient,
  spec: QueuedCreate,
  signal?: AbortSignal,
  options: SendOptions = {},
): Promise<CreateStep> {
  const { template, files, parameters, tag } = spec;
  const post = () => createStack(heat, { name: spec.name, template, files, parameters, tags: [tag] }, signal);
  const window = options.window ?? {};
  try {
    const ref = await (options.gate === undefined ? post() : options.gate.run(post, signal));
    return { kind: 'made', stack: { name: ref.name, id: ref.id }, sent: true };
  } catch (error) {
    if (error instanceof ConflictError || error instanceof OutcomeUnknownError) {
      const found = await lookAWhile(heat, spec, window, signal);
      if (found !== undefined) return found;
      if (error instanceof OutcomeUnknownError) throw error; // the job runs again, and looks before it sends
      return { kind: 'exists', description: `Heat stack '${spec.name}' already exists (${error.message})` };
    }
    if (error instanceof BadRequestError) {
      const description = `Heat refused the ${spec.kind} template: ${error.message}`;
      return { kind: 'refused', description: maskSecretInputs(description, spec) };
    }
    throw error;
  }
}

/**
 * Deletes every stack of the name that carries the request's tag except the one the request reports.
 *
 * @param heat - The orchestration client.
 * @param stack - The request's stack.
 * @param tag - The request's tag.
 * @param signal - Aborts the Heat calls.
 * @returns The ids of the stacks deleted.
 */
export async function removeSecondStacks(
  heat: ServiceClient,
  stack: { readonly name: string; readonly id: string },
  tag: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const extra = (await stacksNamed(heat, stack.name, signal)).filter(
    (s) => s.id !== stack.id && s.tags.includes(tag),
  );
  for (const s of extra) await deleteStack(heat, s, signal);
  return extra.map((s) => s.id);
}
