/**
 * Official service types and their historical aliases, from the OpenStack service-types-authority, in the
 * order openstacksdk tries them.
 */
const OFFICIAL_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'block-storage': ['volumev3', 'volumev2', 'volume', 'block-store'],
  'shared-file-system': ['sharev2', 'share'],
  'container-infrastructure-management': ['container-infrastructure', 'container-infra'],
  clustering: ['cluster'],
  'key-manager': [],
  'load-balancer': [],
  workflow: ['workflowv2'],
  'baremetal-introspection': [],
  'instance-ha': ['ha'],
  'data-processing': [],
  orchestration: [],
  'object-store': [],
  compute: [],
  image: [],
  network: [],
  identity: [],
  placement: [],
});

/**
 * Finds the official service type for a type or one of its aliases.
 *
 * @param type - A service type as a user or a catalog spells it, e.g. `volumev3`.
 * @returns The official type (`block-storage`), or the input when it has no known alias.
 */
export function officialServiceType(type: string): string {
  if (type in OFFICIAL_ALIASES) return type;
  for (const [official, aliases] of Object.entries(OFFICIAL_ALIASES)) {
    if (aliases.includes(type)) return official;
  }
  return type;
}

/**
 * The catalog types to try for a requested type, in preference order: the type as asked, then the official
 * type, then its other aliases.
 *
 * @param type - The requested type, e.g. `block-storage` or `volumev3`.
 * @returns The types to look for, without duplicates.
 *
 * @example
 * ```ts
 * import { serviceTypeCandidates } from 'stratus';
 * serviceTypeCandidates('volumev3'); // ['volumev3', 'block-storage', 'volumev2', 'volume', 'block-store']
 * ```
 */
export function serviceTypeCandidates(type: string): readonly string[] {
  const official = officialServiceType(type);
  const all = [type, official, ...(OFFICIAL_ALIASES[official] ?? [])];
  return [...new Set(all)];
}
