import type { Properties } from '../../api/types.ts';

/** A Heat parameter value. */
export type ParameterValue = string | number | boolean;

function toParameter(value: unknown): ParameterValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * Every input a template could use, by name (SPEC §4.5): resource properties, system properties as
 * `system_<name>`, and for a `type: key` property `<name>` = key name, `<name>_public` = public key (omitted
 * when absent) and `<name>_private` = private key. Maps and lists become JSON text (Heat's `json` type).
 *
 * @param resource - The resource properties.
 * @param system - The system properties.
 * @returns The candidate inputs.
 */
export function candidateInputs(resource: Properties, system: Properties): Map<string, ParameterValue> {
  const out = new Map<string, ParameterValue>();
  for (const [name, prop] of Object.entries(system)) {
    const value = toParameter(prop.value);
    if (value !== undefined) out.set(`system_${name}`, value);
  }
  for (const [name, prop] of Object.entries(resource)) {
    if (prop.type === 'key') {
      if (prop.keyName !== undefined) out.set(name, prop.keyName);
      if (prop.publicKey !== undefined) out.set(`${name}_public`, prop.publicKey);
      if (prop.privateKey !== undefined) out.set(`${name}_private`, prop.privateKey);
      continue;
    }
    const value = toParameter(prop.value);
    if (value !== undefined) out.set(name, value);
  }
  return out;
}

/**
 * The inputs a template declares, and only those (Heat rejects unknown parameters).
 *
 * @param candidates - From {@link candidateInputs}.
 * @param declared - The names in the template's `parameters` (HOT) section.
 * @returns The parameters to send.
 */
export function declaredInputs(
  candidates: ReadonlyMap<string, ParameterValue>,
  declared: Iterable<string>,
): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const name of declared) {
    const value = candidates.get(name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
