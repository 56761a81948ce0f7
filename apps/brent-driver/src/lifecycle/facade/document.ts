/**
 * No-Heat mode: a package that carries a facade deployment document (`stratus.yaml`) instead of `heat.yaml` or
 * `tosca.yaml`. The document is read with the facade's own parser; its parameters get the request's properties
 * by name (only the declared ones, as for a Heat template), and its deployment id is derived from the
 * resource's name and id so every Brent resource is its own deployment.
 */
import { createHash } from 'node:crypto';
import { type DeploymentDocument, DocumentError, parseDocument } from 'stratus/facade';
import { parse } from 'yaml';
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest, DriverApiError } from '../../http/api-error.ts';
import type { DriverFiles } from '../driver-files.ts';
import { candidateInputs, declaredInputs, type ParameterValue } from '../heat/parameters.ts';

/** The file name that selects no-Heat mode. */
export const FACADE_DOCUMENT = 'stratus.yaml';

/** The topology type of a deployment made through the facade. */
export const DEPLOYMENT_TOPOLOGY = 'StratusDeployment';

/**
 * Whether a package is a no-Heat package.
 *
 * @param files - The package files.
 * @returns true when it holds `stratus.yaml` and neither `heat.yaml` nor `tosca.yaml`.
 */
export function isFacadePackage(files: DriverFiles): boolean {
  return files.has(FACADE_DOCUMENT) && !files.has('heat.yaml') && !files.has('tosca.yaml');
}

/**
 * The deployment id of a Brent resource: its name (lower case, `[a-z0-9-]`, at most 26 characters) and 12 hex
 * of a hash of its id, so a re-sent Create finds the same deployment (the facade's apply is idempotent).
 *
 * @param request - The execute request.
 * @returns An id the facade accepts (`[a-z0-9][a-z0-9-]{0,39}`).
 */
export function deploymentIdOf(request: ExecuteRequest): string {
  const name = String(request.systemProperties.resourceName?.value ?? 'brent');
  const id = String(request.systemProperties.resourceId?.value ?? name);
  const clean = name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^-+/, '')
    .slice(0, 26);
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return `${clean === '' ? 'd' : clean}-${hash}`.replace(/^-/, 'd-');
}

/**
 * What a job needs to run a no-Heat document again in any replica: the document text as the package holds it,
 * the parameter values taken from the request, and the deployment id. It may hold user data, so it travels
 * sealed.
 */
export type FacadeSource = {
  /** The deployment id. */
  readonly deployment: string;
  /** The text of `stratus.yaml`. */
  readonly text: string;
  /** The values of the declared parameters. */
  readonly parameters: { readonly [name: string]: ParameterValue };
};

/**
 * Reads `stratus.yaml` and the request's properties for its declared parameters, and checks the document.
 *
 * @param files - The package files.
 * @param request - The execute request.
 * @param deployment - The deployment id to use.
 * @returns The source (checked: {@link parseFacadeSource} accepts it).
 * @throws {@link DriverApiError} 400 naming the path of whatever is wrong in the document.
 */
export function readFacadeSource(
  files: DriverFiles,
  request: ExecuteRequest,
  deployment: string,
): FacadeSource {
  const data = files.get(FACADE_DOCUMENT);
  if (data === undefined)
    throw badRequest(`The package has no ${FACADE_DOCUMENT}`, 'ERR_INVALID_DRIVER_FILES');
  const text = Buffer.from(data).toString('utf8');
  let declared: string[] = [];
  try {
    declared = Object.keys(mappingOf(parse(text)).parameters ?? {});
  } catch (error) {
    throw invalid(error);
  }
  const parameters = declaredInputs(
    candidateInputs(request.resourceProperties, request.systemProperties),
    declared,
  );
  const source = { deployment, text, parameters };
  parseFacadeSource(source);
  return source;
}

/**
 * Parses a source with the facade's parser (again in the replica that runs it).
 *
 * @param source - From {@link readFacadeSource}.
 * @returns The parsed document.
 * @throws {@link DriverApiError} 400 naming the path of whatever is wrong in the document.
 */
export function parseFacadeSource(source: FacadeSource): DeploymentDocument {
  try {
    const raw = mappingOf(parse(source.text));
    return parseDocument({ ...raw, deployment: source.deployment }, { parameters: source.parameters });
  } catch (error) {
    throw invalid(error);
  }
}

/**
 * Narrows an opened job value to a source.
 *
 * @param value - What the job's sealed document opened to.
 * @returns The source.
 * @throws {@link DriverApiError} 400 when it is not one (a job from an incompatible driver version).
 */
export function toFacadeSource(value: unknown): FacadeSource {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const parameters = typeof v.parameters === 'object' && v.parameters !== null ? v.parameters : undefined;
  if (typeof v.deployment !== 'string' || typeof v.text !== 'string' || parameters === undefined)
    throw badRequest('A queued no-Heat job holds no document in the expected form', 'ERR_INVALID_JOB');
  const values: Record<string, ParameterValue> = {};
  for (const [name, p] of Object.entries(parameters))
    if (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean') values[name] = p;
  return { deployment: v.deployment, text: v.text, parameters: values };
}

/**
 * Reads `stratus.yaml` with the request's properties as parameter values.
 *
 * @param files - The package files.
 * @param request - The execute request.
 * @param deployment - The deployment id to use.
 * @returns The parsed document.
 * @throws {@link DriverApiError} 400 naming the path of whatever is wrong in the document.
 */
export function readFacadeDocument(
  files: DriverFiles,
  request: ExecuteRequest,
  deployment: string,
): DeploymentDocument {
  return parseFacadeSource(readFacadeSource(files, request, deployment));
}

function mappingOf(
  raw: unknown,
): { readonly parameters?: Record<string, unknown> } & Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DocumentError('(document)', 'expected a mapping');
  return raw as Record<string, unknown>;
}

function invalid(error: unknown): Error {
  if (error instanceof DriverApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return badRequest(`${FACADE_DOCUMENT}: ${message}`, 'ERR_TEMPLATE', error);
}
