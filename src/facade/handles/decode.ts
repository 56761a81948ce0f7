import { CloudError } from '../../errors/cloud-error.ts';
import { HANDLE_PREFIX } from './encode.ts';
import type { HandlePayload } from './types.ts';

/**
 * A string that is not a Stratus operation handle (or was altered).
 *
 * @example
 * ```ts
 * import { InvalidHandleError } from 'stratus/facade';
 * console.log(new InvalidHandleError('not base64').code); // 'ERR_INVALID_HANDLE'
 * ```
 */
export class InvalidHandleError extends CloudError {
  /** @param why - What is wrong with it. */
  constructor(why: string) {
    super(
      `Not a Stratus operation handle: ${why}. Pass the string a start…() call returned`,
      'ERR_INVALID_HANDLE',
    );
  }
}

const KINDS: Readonly<Record<string, readonly string[]>> = {
  'vm.create': ['vmId', 'name'],
  'vm.delete': ['vmId'],
  'disk.create': ['diskId', 'name'],
  'disk.delete': ['diskId'],
  deployment: [],
};

function object(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidHandleError('no payload');
  return value as Readonly<Record<string, unknown>>;
}

function checkOperation(value: unknown): void {
  const op = object(value);
  if ((op.kind !== 'apply' && op.kind !== 'destroy') || (op.engine !== 'direct' && op.engine !== 'stack'))
    throw new InvalidHandleError('the deployment operation needs a kind (apply/destroy) and an engine');
  const document = object(op.document);
  if (typeof document.deployment !== 'string' || !Array.isArray(document.resources))
    throw new InvalidHandleError('the deployment operation has no document');
}

/**
 * Decodes and checks a handle.
 *
 * @param handle - A handle from a `start…()` call.
 * @param extraKinds - Required string fields of further kinds (added by other facade modules).
 * @returns The payload.
 * @throws {@link InvalidHandleError} for anything that is not a valid handle.
 */
export function decodeHandle(
  handle: string,
  extraKinds: Readonly<Record<string, readonly string[]>> = {},
): HandlePayload {
  if (!handle.startsWith(HANDLE_PREFIX))
    throw new InvalidHandleError(`it does not start with ${HANDLE_PREFIX}`);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(handle.slice(HANDLE_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw new InvalidHandleError('the payload is not base64url JSON');
  }
  const o = object(raw);
  if (o.v !== 1) throw new InvalidHandleError(`unknown version ${String(o.v)}`);
  const fields = typeof o.kind === 'string' ? (KINDS[o.kind] ?? extraKinds[o.kind]) : undefined;
  if (fields === undefined) throw new InvalidHandleError(`unknown kind ${String(o.kind)}`);
  for (const f of ['provider', ...fields]) {
    if (typeof o[f] !== 'string') throw new InvalidHandleError(`field ${f} is missing`);
  }
  for (const f of ['startedAt', 'deadlineAt']) {
    if (typeof o[f] !== 'number') throw new InvalidHandleError(`field ${f} is missing`);
  }
  if (o.kind === 'deployment') checkOperation(o.operation);
  if (
    (String(o.kind).startsWith('vm.') || 'portIds' in o) &&
    !(Array.isArray(o.portIds) && o.portIds.every((p) => typeof p === 'string'))
  )
    throw new InvalidHandleError('field portIds is not a list of ids');
  // The shape was checked field by field above.
  return o as unknown as HandlePayload;
}
