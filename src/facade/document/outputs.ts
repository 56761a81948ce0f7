import type { Observed } from './backend.ts';
import type { DeploymentDocument, JsonValue } from './types.ts';

/**
 * Evaluates the document's outputs against the objects seen by apply.
 *
 * @param document - The document.
 * @param observed - The objects by logical name.
 * @returns Each output's value; `null` when its resource is absent or lacks the attribute.
 */
export function evaluateOutputs(
  document: DeploymentDocument,
  observed: ReadonlyMap<string, Observed>,
): Readonly<Record<string, JsonValue>> {
  const outputs: Record<string, JsonValue> = {};
  for (const output of document.outputs) {
    const value = output.value;
    if (typeof value === 'object' && value !== null && 'ref' in value && typeof value.ref === 'string') {
      const seen = observed.get(value.ref);
      const attribute = typeof value.attribute === 'string' ? value.attribute : 'id';
      outputs[output.name] =
        seen === undefined ? null : (seen.attributes[attribute] ?? (attribute === 'id' ? seen.id : null));
    } else {
      outputs[output.name] = value as JsonValue;
    }
  }
  return outputs;
}
