/**
 * Create and Delete of a no-Heat package through `stratus/facade`. Accepting the request only reads and checks
 * the document: the apply (or destroy) runs in the replica that consumes the monitoring job, which carries the
 * document sealed, so whichever replica holds the job can run it again after a crash (the facade's apply and
 * destroy are idempotent and resume safely).
 */
import type { ExecuteRequest } from '../../api/types.ts';
import { badRequest } from '../../http/api-error.ts';
import type { DriverFiles } from '../driver-files.ts';
import { newRequestId } from '../request-id.ts';
import type { Started } from '../started.ts';
import { DEPLOYMENT_TOPOLOGY, deploymentIdOf, FACADE_DOCUMENT, readFacadeSource } from './document.ts';

/**
 * Create: checks the document; the job applies it (idempotently: a re-sent Create converges on the same
 * deployment).
 *
 * @param request - The execute request.
 * @param files - The package files (with `stratus.yaml`).
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 for an invalid document.
 */
export function startFacadeCreate(request: ExecuteRequest, files: DriverFiles): Started {
  const deployment = deploymentIdOf(request);
  const source = readFacadeSource(files, request, deployment);
  return {
    lifecycle: 'Create',
    requestId: newRequestId('Create', deployment),
    topology: { [DEPLOYMENT_TOPOLOGY]: { id: deployment, type: 'Openstack' } },
    facade: { kind: 'apply', source },
  };
}

/**
 * Delete: checks the document of the deployment named in the topology (its `StratusDeployment` entry); the
 * job destroys it, what is already gone counting as deleted.
 *
 * @param request - The execute request.
 * @param files - The package files (with `stratus.yaml`).
 * @returns What the 202 and the monitor job need.
 * @throws {@link DriverApiError} 400 without a `StratusDeployment` topology entry or with an invalid document.
 */
export function startFacadeDelete(request: ExecuteRequest, files: DriverFiles): Started {
  const deployment = request.associatedTopology[DEPLOYMENT_TOPOLOGY]?.id;
  if (deployment === undefined || deployment === '')
    throw badRequest(
      `Delete of a ${FACADE_DOCUMENT} package needs the ${DEPLOYMENT_TOPOLOGY} entry of associatedTopology that its Create returned`,
      'ERR_INVALID_TOPOLOGY',
    );
  const source = readFacadeSource(files, request, deployment);
  return {
    lifecycle: 'Delete',
    requestId: newRequestId('Delete', deployment),
    topology: {},
    facade: { kind: 'destroy', source },
  };
}
