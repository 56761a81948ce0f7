import type { DeploymentDocument, DocumentKind, ManagedResource } from '../../document/types.ts';
import { HOT_VERSION, type HotResource, type HotTemplate } from './hot-types.ts';
import { type StackOutput, stackOutputs } from './outputs.ts';
import { TRANSLATIONS } from './resources.ts';
import { describeTemplate } from './tags.ts';

/** A document translated for the stack service. */
export interface StackTranslation {
  /** The HOT template. */
  readonly template: HotTemplate;
  /** How to read each document output from the stack outputs. */
  readonly outputs: Readonly<Record<string, StackOutput>>;
  /** Which document resource each Heat resource belongs to (Heat name → logical name). */
  readonly owners: Readonly<Record<string, string>>;
}

function translateOne(
  spec: ManagedResource<DocumentKind>,
  document: DeploymentDocument,
): Record<string, HotResource> {
  const translate = TRANSLATIONS[spec.kind] as (
    spec: ManagedResource<DocumentKind>,
    document: DeploymentDocument,
  ) => Record<string, HotResource>;
  const resources = translate(spec, document);
  const managed = new Set(document.resources.filter((r) => r.managed).map((r) => r.name));
  const dependsOn = spec.dependsOn.filter((name) => managed.has(name));
  const main = resources[spec.name];
  if (main !== undefined && dependsOn.length > 0) resources[spec.name] = { ...main, depends_on: dependsOn };
  return resources;
}

/**
 * Translates a document into a HOT template: each managed resource becomes one Heat resource named after it
 * (plus `<router>-if-<n>` interfaces, `<volume>-attachment` and `<fip>-association`); adopted resources are
 * referenced by id or name; document outputs become stack outputs.
 *
 * @param document - The parsed document.
 * @returns The template, the output readers, and the Heat-name → document-name map.
 * @example
 * ```ts
 * import { parseDocument, translateToHot } from 'stratus/facade';
 * const { template } = translateToHot(parseDocument('deployment: d\nresources:\n  net: {kind: network}\n'));
 * console.log(template.resources.net?.type); // OS::Neutron::Net
 * ```
 */
export function translateToHot(document: DeploymentDocument): StackTranslation {
  const resources: Record<string, HotResource> = {};
  const owners: Record<string, string> = {};
  for (const spec of document.resources) {
    if (!spec.managed) continue;
    for (const [name, resource] of Object.entries(translateOne(spec, document))) {
      resources[name] = resource;
      owners[name] = spec.name;
    }
  }
  const outputs = stackOutputs(document);
  const body = {
    resources,
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([name, output]) => [name, { value: output.value }]),
    ),
  };
  const template: HotTemplate = {
    heat_template_version: HOT_VERSION,
    description: describeTemplate(document.deployment, body),
    ...body,
  };
  return { template, outputs, owners };
}
