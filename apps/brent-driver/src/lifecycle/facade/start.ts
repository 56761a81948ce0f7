/**
 * Create and Delete of a no-Heat package through `stratus/facade`: `startApply` / `startDestroy` return an
 * operation handle at once (the work runs in this replica), and the monitor polls the handle with the facade's
 * `status()` from any replica. The handle holds resource names, kinds and output expressions — no properties,
 * so no secret — and travels on the job topic as it is.
 */
import type { Facade } from 'stratus/facade';
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import type { DriverFiles } from '../driver-files.ts';
import { newRequestId } from '../request-id.ts';
import type { Started } from '../started.ts';
import { DEPLOYMENT_TOPOLOGY, deploymentIdOf, FACADE_DOCUMENT, readFacadeDocument } from './document.ts';

/**
 * Create: applies the document (idempotently: a re-sent Create converges on the same deployment).
 *
 * @param facade - The facade over the location's driver.
 * @param request - The execute request.
 * @param files - The package files (with `stratus.yaml`).
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 for an invalid document.
 */
export function startFacadeCreate(facade: Facade, request: ExecuteRequest, files: DriverFiles): Started {
  const deployment = deploymentIdOf(request);
  const document = readFacadeDocument(files, request, deployment);
  const handle = facade.startApply(document, 'direct');
  return {
    lifecycle: 'Create',
    requestId: newRequestId('Create', deployment),
    topology: { [DEPLOYMENT_TOPOLOGY]: { id: deployment, type: 'Openstack' } },
    facade: { handle },
  };
}

/**
 * Delete: destroys the deployment named in the topology (its `StratusDeployment` entry), with the package's
 * document telling what it holds; what is already gone counts as deleted.
 *
 * @param facade - The facade over the location's driver.
 * @param request - The execute request.
 * @param files - The package files (with `stratus.yaml`).
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 without a `StratusDeployment` topology entry or with an invalid document.
 */
export function startFacadeDelete(facade: Facade, request: ExecuteRequest, files: DriverFiles): Started {
  const deployment = request.associatedTopology[DEPLOYMENT_TOPOLOGY]?.id;
  if (deployment === undefined || deployment === '')
    throw badRequest(
      `Delete of a ${FACADE_DOCUMENT} package needs the ${DEPLOYMENT_TOPOLOGY} entry of associatedTopology that its Create returned`,
      'ERR_INVALID_TOPOLOGY',
    );
  const document = readFacadeDocument(files, request, deployment);
  const handle = facade.startDestroy(document, 'direct');
  return {
    lifecycle: 'Delete',
    requestId: newRequestId('Delete', deployment),
    topology: {},
    facade: { handle },
  };
}
