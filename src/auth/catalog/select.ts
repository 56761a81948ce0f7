import type { CloudError } from '../../errors/cloud-error.ts';
import { EndpointNotFoundError } from '../../errors/endpoint-not-found-error.ts';
import { serviceTypeCandidates } from './aliases.ts';
import { AmbiguousEndpointError } from './ambiguous-endpoint-error.ts';
import type { CatalogEndpoint, EndpointInterface, ServiceCatalog } from './model.ts';
import { nearestMatch } from './suggest.ts';

/** Which endpoint to pick from the catalog. */
export interface EndpointSelector {
  /** The service type; aliases are followed (`block-storage` finds `volumev3`). */
  readonly type: string;
  /** The service name, e.g. `nova`; any name when omitted. */
  readonly name?: string | undefined;
  /** The region id; any region when omitted (an error if that leaves several). */
  readonly region?: string | undefined;
  /** The interface. @defaultValue `'public'` */
  readonly interface?: EndpointInterface | undefined;
}

/** One step of an endpoint selection, for `catalog explain`. */
export interface SelectionStep {
  /** Which filter ran. */
  readonly step: 'override' | 'type' | 'name' | 'region' | 'interface' | 'unique';
  /** What was asked for (`any` when the filter was not set). */
  readonly wanted: string;
  /** How many endpoints were left before and after this step. */
  readonly before: number;
  /** How many endpoints were left after this step. */
  readonly after: number;
  /** A sentence saying what happened. */
  readonly detail: string;
}

/** The outcome of an endpoint selection with every step taken. */
export type SelectionResult =
  | { readonly ok: true; readonly endpoint: CatalogEndpoint; readonly steps: readonly SelectionStep[] }
  | { readonly ok: false; readonly error: CloudError; readonly steps: readonly SelectionStep[] };

type Field = 'name' | 'region' | 'interface';

/**
 * Walks the selection step by step: type (with aliases), name, region, interface, then uniqueness.
 *
 * @param catalog - The service catalog.
 * @param selector - What to look for.
 * @returns The endpoint and the steps, or the error and the steps up to the failure.
 */
export function explainSelection(catalog: ServiceCatalog, selector: EndpointSelector): SelectionResult {
  const all = catalog.endpoints;
  if (all.length === 0) return { ok: false, error: emptyCatalogError(selector), steps: [] };
  const types = serviceTypeCandidates(selector.type);
  const present = types.filter((t) => all.some((e) => e.type === t));
  if (present.length === 0) return typeNotFound(catalog, selector, types);
  let firstFailure: SelectionResult | undefined;
  for (const type of present) {
    const result = filterType(catalog, selector, type, types);
    if (result.ok) return result;
    firstFailure ??= result;
  }
  return firstFailure ?? typeNotFound(catalog, selector, types);
}

/**
 * Picks one endpoint from the catalog.
 *
 * @param catalog - The service catalog.
 * @param selector - What to look for.
 * @returns The matching endpoint.
 * @throws {@link EndpointNotFoundError} listing what the catalog has and the nearest match.
 * @throws {@link AmbiguousEndpointError} listing the candidates when several endpoints match.
 */
export function selectEndpoint(catalog: ServiceCatalog, selector: EndpointSelector): CatalogEndpoint {
  const result = explainSelection(catalog, selector);
  if (!result.ok) throw result.error;
  return result.endpoint;
}

function filterType(
  catalog: ServiceCatalog,
  selector: EndpointSelector,
  type: string,
  tried: readonly string[],
): SelectionResult {
  const all = catalog.endpoints;
  let left = all.filter((e) => e.type === type);
  const aliasNote =
    type === selector.type ? '' : ` (alias of \`${selector.type}\`; tried ${tried.join(', ')})`;
  const steps: SelectionStep[] = [
    step('type', type, all.length, left.length, `type \`${type}\`${aliasNote}: ${left.length} endpoint(s)`),
  ];
  const wanted: Record<Field, string | undefined> = {
    name: selector.name,
    region: selector.region,
    interface: selector.interface ?? 'public',
  };
  for (const field of ['name', 'region', 'interface'] as const) {
    const value = wanted[field];
    if (value === undefined) {
      steps.push(step(field, 'any', left.length, left.length, `${field}: any`));
      continue;
    }
    const kept = left.filter((e) => e[field] === value);
    steps.push(step(field, value, left.length, kept.length, `${field} \`${value}\`: ${kept.length} left`));
    if (kept.length === 0) {
      const error = notFound(catalog, selector, field, value, left);
      return { ok: false, error, steps };
    }
    left = kept;
  }
  return unique(left, selector, steps);
}

function unique(
  left: readonly CatalogEndpoint[],
  selector: EndpointSelector,
  steps: SelectionStep[],
): SelectionResult {
  const urls = [...new Set(left.map((e) => e.url))];
  const first = left[0];
  if (urls.length === 1 && first !== undefined) {
    steps.push(step('unique', first.url, left.length, 1, `one URL: ${first.url}`));
    return { ok: true, endpoint: first, steps };
  }
  const list = left.map(describeEndpoint).join('; ');
  const detail = `${urls.length} different URLs match: ${list}`;
  steps.push(step('unique', 'one URL', left.length, left.length, detail));
  const message =
    `Several endpoints match ${describeSelector(selector)}: ${list}. ` +
    'Narrow the selection with a service name, a region or an interface.';
  return { ok: false, error: new AmbiguousEndpointError(message), steps };
}

function step(name: SelectionStep['step'], wanted: string, before: number, after: number, detail: string) {
  return Object.freeze({ step: name, wanted, before, after, detail });
}

function typeNotFound(catalog: ServiceCatalog, selector: EndpointSelector, tried: readonly string[]) {
  const types = distinct(catalog.endpoints, 'type');
  const near = nearestMatch(selector.type, types);
  const hint = near === undefined ? '' : `; did you mean \`${near}\`?`;
  const triedNote = tried.length > 1 ? ` (tried ${tried.join(', ')})` : '';
  const message =
    `Could not find an endpoint for ${describeSelector(selector)}: service type \`${selector.type}\` not found` +
    `${triedNote}${hint}. ${inventory(catalog.endpoints)}`;
  const steps = [step('type', selector.type, catalog.endpoints.length, 0, `type \`${selector.type}\`: none`)];
  return { ok: false as const, error: new EndpointNotFoundError(message), steps };
}

function notFound(
  catalog: ServiceCatalog,
  selector: EndpointSelector,
  field: Field,
  value: string,
  left: readonly CatalogEndpoint[],
): EndpointNotFoundError {
  const offered = distinct(left, field);
  const near = nearestMatch(value, offered.length > 0 ? offered : distinct(catalog.endpoints, field));
  const hint = near === undefined ? '' : `; did you mean \`${near}\`?`;
  const here = offered.length > 0 ? ` (this service has ${field}s ${offered.join(', ')})` : '';
  return new EndpointNotFoundError(
    `Could not find an endpoint for ${describeSelector(selector)}: ${field} \`${value}\` not found${hint}` +
      `${here}. ${inventory(catalog.endpoints)}`,
  );
}

function emptyCatalogError(selector: EndpointSelector): EndpointNotFoundError {
  return new EndpointNotFoundError(
    `Could not find an endpoint for ${describeSelector(selector)}: the service catalog is empty. ` +
      'An unscoped token has no catalog: scope the login to a project (project name and project domain, ' +
      'or project id) or a domain, or use an endpoint override for this service.',
  );
}

function inventory(endpoints: readonly CatalogEndpoint[]): string {
  const list = (field: keyof CatalogEndpoint) => distinct(endpoints, field).join(', ') || '(none)';
  return (
    `The catalog has types: ${list('type')}; names: ${list('name')}; regions: ${list('region')}; ` +
    `interfaces: ${list('interface')}.`
  );
}

function distinct(endpoints: readonly CatalogEndpoint[], field: keyof CatalogEndpoint): string[] {
  const values = endpoints.map((e) => e[field]).filter((v): v is string => typeof v === 'string');
  return [...new Set(values)].sort();
}

/**
 * Describes a selector for messages: `type \`compute\`, region \`RegionOne\`, interface public`.
 *
 * @param selector - The selector.
 * @returns A short description.
 */
export function describeSelector(selector: EndpointSelector): string {
  const parts = [`service type \`${selector.type}\``];
  if (selector.name !== undefined) parts.push(`name \`${selector.name}\``);
  if (selector.region !== undefined) parts.push(`region \`${selector.region}\``);
  parts.push(`interface ${selector.interface ?? 'public'}`);
  return parts.join(', ');
}

function describeEndpoint(e: CatalogEndpoint): string {
  return `${e.type}/${e.name ?? '-'} ${e.region ?? '-'} ${e.interface} ${e.url}`;
}
