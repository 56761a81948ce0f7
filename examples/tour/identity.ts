// Steps 1–2: who we are, and what the cloud offers.
import type { Tour } from './context.ts';

/**
 * Logs in (one Keystone request; the token is cached for every later call) and shows who we are.
 *
 * @param tour - The tour.
 */
export async function showIdentity(tour: Tour): Promise<void> {
  const info = await tour.session.authenticate(tour.signal);
  const scope =
    info.scope.kind === 'project'
      ? `project ${info.scope.project.name ?? info.scope.project.id}`
      : info.scope.kind;
  tour.say(`  user ${info.user.name ?? info.user.id}, ${scope}, roles ${info.roles.join(', ') || 'none'}`);
  if (info.expiresAt) tour.say(`  token valid until ${info.expiresAt.toISOString()} (never printed)`);
}

/**
 * Prints the public endpoints of the catalog, one line per service.
 *
 * @param tour - The tour.
 * @returns The service types the catalog has.
 */
export async function showCatalog(tour: Tour): Promise<Set<string>> {
  const catalog = await tour.session.catalog(tour.signal);
  const rows = catalog.endpoints.filter((e) => e.interface === 'public');
  const width = Math.max(...rows.map((e) => e.type.length), 4);
  for (const e of rows) tour.say(`  ${e.type.padEnd(width)}  ${e.name ?? ''}`.padEnd(width + 16) + e.url);
  return new Set(catalog.endpoints.map((e) => e.type));
}
