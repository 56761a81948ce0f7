import { parse } from 'yaml';
import type { Properties } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import { type DriverFiles, firstText, heatFiles } from '../driver-files.ts';
import { toscaToHot } from '../tosca/to-hot.ts';

/** A HOT template ready for `createStack`. */
export interface PreparedTemplate {
  /** The template (parsed, so its parameters are known). */
  readonly template: Readonly<Record<string, unknown>>;
  /** Heat's `files` map. */
  readonly files: Readonly<Record<string, string>>;
  /** The parameter names the template declares. */
  readonly declared: readonly string[];
  /** Those of them with no `default`: Heat refuses a create without a value for each. */
  readonly required: readonly string[];
  /** `HEAT` or `TOSCA`. */
  readonly kind: 'HEAT' | 'TOSCA';
}

const HEAT_NAMES = ['heat.yaml', 'heat.yml'];
const TOSCA_NAMES = ['tosca.yaml', 'tosca.yml'];

function templateType(files: DriverFiles, request: Properties): 'HEAT' | 'TOSCA' {
  const asked = request['template-type']?.value;
  if (asked !== undefined && asked !== null && asked !== '') {
    const upper = String(asked).toUpperCase();
    if (upper === 'HEAT' || upper === 'TOSCA') return upper;
    throw badRequest(
      `template-type '${String(asked)}' is not supported: use HEAT or TOSCA`,
      'ERR_TEMPLATE_TYPE',
    );
  }
  if (firstText(files, HEAT_NAMES) !== undefined) return 'HEAT';
  return firstText(files, TOSCA_NAMES) !== undefined ? 'TOSCA' : 'HEAT';
}

function parseYamlObject(text: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw badRequest(`${name} is not valid YAML: ${(error as Error).message}`, 'ERR_TEMPLATE', error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`${name} must be a YAML mapping`, 'ERR_TEMPLATE');
  }
  return value as Record<string, unknown>;
}

/**
 * Picks and prepares the template of a Create (SPEC §4.2 step 2–3): `template-type` (HEAT or TOSCA,
 * case-insensitive) or else `heat.yaml` before `tosca.yaml`; a TOSCA template is translated to HOT here.
 *
 * @param files - The package files.
 * @param request - The request properties.
 * @returns The HOT template, files map and declared parameters.
 * @throws {@link DriverApiError} 400 for a missing or invalid template, or an unsupported TOSCA construct.
 */
export function prepareTemplate(files: DriverFiles, request: Properties): PreparedTemplate {
  const kind = templateType(files, request);
  if (kind === 'HEAT') {
    const found = firstText(files, HEAT_NAMES);
    if (found === undefined) throw badRequest("Missing 'heat.yaml' or 'heat.yml' file", 'ERR_TEMPLATE');
    const template = parseYamlObject(found.text, found.name);
    return { template, files: heatFiles(files), ...parametersOf(template), kind };
  }
  const found = firstText(files, TOSCA_NAMES);
  if (found === undefined) throw badRequest("Missing 'tosca.yaml' or 'tosca.yml' file", 'ERR_TEMPLATE');
  const template = toscaToHot(parseYamlObject(found.text, found.name));
  return { template, files: {}, ...parametersOf(template), kind };
}

function parametersOf(template: Readonly<Record<string, unknown>>): {
  declared: string[];
  required: string[];
} {
  const parameters = template.parameters;
  if (typeof parameters !== 'object' || parameters === null) return { declared: [], required: [] };
  const entries = Object.entries(parameters as Record<string, unknown>);
  const hasDefault = (p: unknown) => typeof p === 'object' && p !== null && 'default' in p;
  return {
    declared: entries.map(([name]) => name),
    required: entries.filter(([, p]) => !hasDefault(p)).map(([name]) => name),
  };
}
