import { randomUUID } from 'node:crypto';
import type { Properties } from '../../api/types.ts';

/**
 * The VIM driver's stack name: `<resourceName>.<resourceId>` without characters outside `[A-Za-z0-9_.-]`,
 * trimmed from the left to 255 characters, prefixed with `s` (then 254) when it does not start with a letter;
 * `s<uuid>` when either system property is missing.
 *
 * @param system - The system properties.
 * @returns The name.
 */
export function stackName(system: Properties): string {
  const name = system.resourceName?.value;
  const id = system.resourceId?.value;
  if (typeof name !== 'string' || typeof id !== 'string' || name === '' || id === '')
    return `s${randomUUID()}`;
  let out = `${name}.${id}`.replace(/[^A-Za-z0-9_.-]/g, '');
  if (out.length > 255) out = out.slice(out.length - 255);
  if (!/^[A-Za-z]/.test(out)) out = `s${out.length > 254 ? out.slice(out.length - 254) : out}`;
  return out;
}
