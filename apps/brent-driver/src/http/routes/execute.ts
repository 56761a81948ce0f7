import { parseExecuteRequest } from '../../api/parse.ts';
import { type ExecuteDeps, executeLifecycle } from '../../lifecycle/execute.ts';
import type { Route } from '../route.ts';

/**
 * `POST /api/driver/lifecycle/execute` → 202 `{requestId, associatedTopology, version}`.
 *
 * @param deps - What the lifecycles need.
 * @returns The route.
 */
export function executeRoute(deps: ExecuteDeps): Route {
  return {
    api: 'driver',
    path: '/lifecycle/execute',
    method: 'post',
    hasBody: true,
    async handle({ body, tenantId, trace, signal }) {
      const accepted = await executeLifecycle(deps, parseExecuteRequest(body), { tenantId, trace, signal });
      return { status: 202, body: accepted };
    },
  };
}
