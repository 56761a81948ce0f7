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
import { badRequest } from '../../http/api-error.ts';
import type { DriverFiles } from '../driver-files.ts';
import { candidateInputs, declaredInputs } from '../heat/parameters.ts';

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
  const data = files.get(FACADE_DOCUMENT);
  if (data === undefined)
    throw badRequest(`The package has no ${FACADE_DOCUMENT}`, 'ERR_INVALID_DRIVER_FILES');
  try {
    const raw: unknown = parse(Buffer.from(data).toString('utf8'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new DocumentError('(document)', 'expected a mapping');
    const declared = Object.keys((raw as { parameters?: Record<string, unknown> }).parameters ?? {});
    const parameters = declaredInputs(
      candidateInputs(request.resourceProperties, request.systemProperties),
      declared,
    );
    return parseDocument({ ...raw, deployment }, { parameters });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw badRequest(`${FACADE_DOCUMENT}: ${message}`, 'ERR_TEMPLATE', error);
  }
}
