/** The metadata keys that mark a server or volume as owned by a deployment. */
export const MARK_KEYS = { deployment: 'stratus-deployment', resource: 'stratus-resource' } as const;

const PREFIX = 'stratus:';

/**
 * The ownership mark as a description (for objects that have no metadata: networks, subnets, routers, ports,
 * security groups, floating IPs). It is sent in the create request itself, so an object can never exist
 * without its mark.
 *
 * @param deployment - The deployment id.
 * @param resource - The logical resource name.
 * @returns `stratus:<deployment>/<resource>`.
 */
export function markDescription(deployment: string, resource: string): string {
  return `${PREFIX}${deployment}/${resource}`;
}

/**
 * Reads an ownership mark from a description.
 *
 * @param description - The object's description.
 * @param deployment - The deployment to match.
 * @returns The logical resource name, or `undefined` when the object is not the deployment's.
 */
export function ownerFromDescription(
  description: string | undefined,
  deployment: string,
): string | undefined {
  const head = `${PREFIX}${deployment}/`;
  return description?.startsWith(head) === true ? description.slice(head.length) : undefined;
}

/**
 * The ownership mark as metadata (servers, volumes).
 *
 * @param deployment - The deployment id.
 * @param resource - The logical resource name.
 * @returns The two metadata entries.
 */
export function markMetadata(deployment: string, resource: string): Record<string, string> {
  return { [MARK_KEYS.deployment]: deployment, [MARK_KEYS.resource]: resource };
}

/**
 * Reads an ownership mark from metadata.
 *
 * @param metadata - The object's metadata.
 * @param deployment - The deployment to match.
 * @returns The logical resource name, or `undefined` when the object is not the deployment's.
 */
export function ownerFromMetadata(
  metadata: Readonly<Record<string, string>> | undefined,
  deployment: string,
): string | undefined {
  return metadata?.[MARK_KEYS.deployment] === deployment ? metadata[MARK_KEYS.resource] : undefined;
}
