import type { DeploymentDocument, JsonValue, Target } from '../../document/types.ts';

/**
 * A document target as a HOT value: a reference to a managed resource becomes `get_resource` (or `get_attr`),
 * one to an adopted resource its id or name, a literal stays as it is (Heat resolves names itself).
 *
 * @param document - The document.
 * @param target - The target.
 * @returns The HOT value.
 */
export function hotTarget(document: DeploymentDocument, target: Target): JsonValue {
  if (typeof target === 'string') return target;
  const spec = document.resources.find((resource) => resource.name === target.ref);
  if (spec !== undefined && !spec.managed) return spec.id ?? spec.cloudName;
  return target.attribute === undefined || target.attribute === 'id'
    ? { get_resource: target.ref }
    : {
        get_attr: [
          target.ref,
          target.attribute === 'name' ? 'name' : 'show',
          ...(target.attribute === 'name' ? [] : [target.attribute]),
        ],
      };
}

/**
 * The cloud name a target's network goes by (the keys of a server's `networks`/`addresses` attributes).
 *
 * @param document - The document.
 * @param target - A network target.
 * @returns The network's name or id as the document gives it.
 */
export function networkName(document: DeploymentDocument, target: Target): string {
  if (typeof target === 'string') return target;
  return document.resources.find((resource) => resource.name === target.ref)?.cloudName ?? target.ref;
}

/**
 * Drops `undefined` properties (HOT has no "absent" value).
 *
 * @param properties - Properties that may hold `undefined`.
 * @returns The defined ones.
 */
export function defined(
  properties: Readonly<Record<string, JsonValue | undefined>>,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) out[key] = value;
  return out;
}
