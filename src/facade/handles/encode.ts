import type { HandlePayload, OperationHandle } from './types.ts';

/** Every handle starts with this, so a wrong string is recognised at once. */
export const HANDLE_PREFIX = 'stratus-op.v1.';

/**
 * Encodes a payload as an opaque handle: the prefix, then base64url JSON (ids and times only, no secret).
 *
 * @param payload - The payload.
 * @returns The handle.
 * @example
 * ```ts
 * import { encodeHandle } from 'stratus/facade';
 * const handle = encodeHandle({
 *   v: 1, provider: 'openstack', startedAt: 0, deadlineAt: 1, kind: 'disk.delete', diskId: 'd1',
 * });
 * ```
 */
export function encodeHandle(payload: HandlePayload): OperationHandle {
  return `${HANDLE_PREFIX}${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
}
