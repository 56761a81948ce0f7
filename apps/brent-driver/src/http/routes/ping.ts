import { listStacks } from 'stratus/openstack';
import { parseLocation } from '../../api/parse.ts';
import type { SessionPool } from '../../location/session-pool.ts';
import { DriverApiError } from '../api-error.ts';
import type { Route } from '../route.ts';

/**
 * `POST /api/os/ping`: logs in to the location and lists one Heat stack. Always 200 with `success` and a
 * description, except for a location that cannot be read at all (400).
 *
 * @param pool - Sessions per location.
 * @returns The route.
 */
export function pingRoute(pool: SessionPool): Route {
  return {
    api: 'openstack',
    path: '/ping',
    method: 'post',
    hasBody: true,
    async handle({ body, signal }) {
      const raw =
        typeof body === 'object' && body !== null && 'deploymentLocation' in body
          ? body.deploymentLocation
          : {};
      const location = parseLocation(raw);
      try {
        const heat = await pool.client(location, 'orchestration', signal);
        for await (const _ of listStacks(heat, { pageSize: 1 }, signal)) break;
        return { status: 200, body: { success: true, description: 'Reached Heat client successfully' } };
      } catch (error) {
        if (error instanceof DriverApiError) throw error;
        return {
          status: 200,
          body: { success: false, description: error instanceof Error ? error.message : String(error) },
        };
      }
    },
  };
}
