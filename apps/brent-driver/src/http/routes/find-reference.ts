import { parseFindRequest } from '../../api/parse.ts';
import { readDriverFiles } from '../../lifecycle/driver-files.ts';
import { discover, discoveryPlanOf } from '../../lifecycle/tosca/discover.ts';
import type { SessionPool } from '../../location/session-pool.ts';
import type { Route } from '../route.ts';

/**
 * `POST /api/driver/references/find` → 200 `{result}`; not found is `{result: null}`, never an error.
 *
 * @param pool - Sessions per location.
 * @returns The route.
 */
export function findReferenceRoute(pool: SessionPool): Route {
  return {
    api: 'driver',
    path: '/references/find',
    method: 'post',
    hasBody: true,
    async handle({ body, signal }) {
      const request = parseFindRequest(body);
      const plan = discoveryPlanOf(readDriverFiles(request.driverFiles));
      const neutron = await pool.client(request.deploymentLocation, 'network', signal);
      const found = await discover(neutron, plan, request.instanceName, signal);
      return { status: 200, body: { result: found ?? null } };
    },
  };
}
