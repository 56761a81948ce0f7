import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { DeploymentDocument } from '../document/types.ts';

/** An opaque operation handle: pass it to `status()` from any process. It carries no secret. */
export type OperationHandle = string & { readonly __operationHandle: never };

/** What a handle holds (decoded). */
export type HandleBody =
  | { readonly op: 'createVm' | 'deleteVm' | 'createDisk' | 'deleteDisk'; readonly id: string }
  | {
      readonly op: 'apply' | 'destroy';
      readonly engine: 'direct' | 'stack';
      readonly document: DeploymentDocument;
    };

const PREFIX = 'stratus-op.v1.';
const OPS: ReadonlySet<string> = new Set([
  'createVm',
  'deleteVm',
  'createDisk',
  'deleteDisk',
  'apply',
  'destroy',
]);

/**
 * Encodes a handle body as an opaque string (base64url JSON behind a version prefix).
 *
 * @param body - The operation.
 * @returns The handle.
 */
export function encodeHandle(body: HandleBody): OperationHandle {
  return `${PREFIX}${Buffer.from(JSON.stringify(body)).toString('base64url')}` as OperationHandle;
}

/**
 * Decodes a handle, checking its shape.
 *
 * @param handle - What a `start…()` call returned.
 * @returns The operation.
 * @throws {@link ConfigurationError} when the string is not a Stratus operation handle.
 */
export function decodeHandle(handle: string): HandleBody {
  const bad = (why: string) =>
    new ConfigurationError(
      `not a Stratus operation handle (${why}): pass the string a facade start…() call returned`,
    );
  if (typeof handle !== 'string' || !handle.startsWith(PREFIX))
    throw bad(`it does not start with "${PREFIX}"`);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(handle.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw bad('its body is not base64url JSON');
  }
  if (typeof body !== 'object' || body === null) throw bad('its body is not an object');
  const op: unknown = Reflect.get(body, 'op');
  if (typeof op !== 'string' || !OPS.has(op)) throw bad(`unknown operation ${JSON.stringify(op)}`);
  if (op === 'apply' || op === 'destroy') {
    const engine: unknown = Reflect.get(body, 'engine');
    const document: unknown = Reflect.get(body, 'document');
    if ((engine !== 'direct' && engine !== 'stack') || typeof document !== 'object' || document === null) {
      throw bad('an apply or destroy handle needs its engine and document');
    }
  } else if (typeof Reflect.get(body, 'id') !== 'string') {
    throw bad('it has no resource id');
  }
  return body as HandleBody;
}
