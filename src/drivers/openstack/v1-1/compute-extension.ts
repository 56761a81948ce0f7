import { type Bound, bindCall, bindList } from '../bind.ts';
import { listAvailabilityZones } from '../compute/availability-zones/operations.ts';
import type { ComputeClient } from '../compute/client.ts';
import { getFlavor, getFlavorExtraSpecs, listFlavors } from '../compute/flavors/operations.ts';
import {
  attachServerInterface,
  detachServerInterface,
  listServerInterfaces,
} from '../compute/interfaces/operations.ts';
import { createKeypair, getKeypair, listKeypairs } from '../compute/keypairs/operations.ts';
import { getLimits } from '../compute/limits/operations.ts';
import {
  deleteServerMetadataItem,
  getServerMetadata,
  setServerMetadata,
} from '../compute/metadata/operations.ts';
import { getDefaultQuotaSet, getQuotaSet, updateQuotaSet } from '../compute/quota-sets/operations.ts';
import {
  changeServerPassword,
  createServerImage,
  getConsoleOutput,
  getRemoteConsole,
  lockServer,
  rebootServer,
  rebuildServer,
  rescueServer,
  resizeServer,
  runServerAction,
} from '../compute/server-actions/operations.ts';
import {
  createServerGroup,
  deleteServerGroup,
  getServerGroup,
  listServerGroups,
} from '../compute/server-groups/operations.ts';
import { createServer, getServer, listServers, updateServer } from '../compute/servers/operations.ts';
import { waitForServerStatus } from '../compute/servers/waiters.ts';
import type { DriverContext } from './context.ts';

/**
 * Nova beyond the portable API: every compute operation, bound to the driver's compute client.
 *
 * @remarks `getServer` throws {@link "index"!NotFoundError} for a missing server, unlike the portable `getNode`.
 */
export interface ComputeExtension {
  /** The negotiated client (discovers the microversion on first use). */
  readonly client: (signal?: AbortSignal) => Promise<ComputeClient>;
  /** {@inheritDoc "drivers/openstack/compute"!listServers} */
  readonly listServers: Bound<typeof listServers>;
  /** {@inheritDoc "drivers/openstack/compute"!getServer} */
  readonly getServer: Bound<typeof getServer>;
  /** {@inheritDoc "drivers/openstack/compute"!createServer} */
  readonly createServer: Bound<typeof createServer>;
  /** {@inheritDoc "drivers/openstack/compute"!updateServer} */
  readonly updateServer: Bound<typeof updateServer>;
  /** {@inheritDoc "drivers/openstack/compute"!runServerAction} */
  readonly runServerAction: Bound<typeof runServerAction>;
  /** {@inheritDoc "drivers/openstack/compute"!rebootServer} */
  readonly rebootServer: Bound<typeof rebootServer>;
  /** {@inheritDoc "drivers/openstack/compute"!lockServer} */
  readonly lockServer: Bound<typeof lockServer>;
  /** {@inheritDoc "drivers/openstack/compute"!rescueServer} */
  readonly rescueServer: Bound<typeof rescueServer>;
  /** {@inheritDoc "drivers/openstack/compute"!rebuildServer} */
  readonly rebuildServer: Bound<typeof rebuildServer>;
  /** {@inheritDoc "drivers/openstack/compute"!resizeServer} */
  readonly resizeServer: Bound<typeof resizeServer>;
  /** {@inheritDoc "drivers/openstack/compute"!createServerImage} */
  readonly createServerImage: Bound<typeof createServerImage>;
  /** {@inheritDoc "drivers/openstack/compute"!changeServerPassword} */
  readonly changeServerPassword: Bound<typeof changeServerPassword>;
  /** {@inheritDoc "drivers/openstack/compute"!getConsoleOutput} */
  readonly getConsoleOutput: Bound<typeof getConsoleOutput>;
  /** {@inheritDoc "drivers/openstack/compute"!getRemoteConsole} */
  readonly getRemoteConsole: Bound<typeof getRemoteConsole>;
  /** {@inheritDoc "drivers/openstack/compute"!getServerMetadata} */
  readonly getServerMetadata: Bound<typeof getServerMetadata>;
  /** {@inheritDoc "drivers/openstack/compute"!setServerMetadata} */
  readonly setServerMetadata: Bound<typeof setServerMetadata>;
  /** {@inheritDoc "drivers/openstack/compute"!deleteServerMetadataItem} */
  readonly deleteServerMetadataItem: Bound<typeof deleteServerMetadataItem>;
  /** {@inheritDoc "drivers/openstack/compute"!listFlavors} */
  readonly listFlavors: Bound<typeof listFlavors>;
  /** {@inheritDoc "drivers/openstack/compute"!getFlavor} */
  readonly getFlavor: Bound<typeof getFlavor>;
  /** {@inheritDoc "drivers/openstack/compute"!getFlavorExtraSpecs} */
  readonly getFlavorExtraSpecs: Bound<typeof getFlavorExtraSpecs>;
  /** {@inheritDoc "drivers/openstack/compute"!listKeypairs} */
  readonly listKeypairs: Bound<typeof listKeypairs>;
  /** {@inheritDoc "drivers/openstack/compute"!getKeypair} */
  readonly getKeypair: Bound<typeof getKeypair>;
  /** {@inheritDoc "drivers/openstack/compute"!createKeypair} */
  readonly createKeypair: Bound<typeof createKeypair>;
  /** {@inheritDoc "drivers/openstack/compute"!listAvailabilityZones} */
  readonly listAvailabilityZones: Bound<typeof listAvailabilityZones>;
  /** {@inheritDoc "drivers/openstack/compute"!getLimits} */
  readonly getLimits: Bound<typeof getLimits>;
  /** {@inheritDoc "drivers/openstack/compute"!waitForServerStatus} */
  readonly waitForServerStatus: Bound<typeof waitForServerStatus>;
  /** {@inheritDoc "drivers/openstack/compute"!getQuotaSet} */
  readonly getQuotaSet: Bound<typeof getQuotaSet>;
  /** {@inheritDoc "drivers/openstack/compute"!getDefaultQuotaSet} */
  readonly getDefaultQuotaSet: Bound<typeof getDefaultQuotaSet>;
  /** {@inheritDoc "drivers/openstack/compute"!updateQuotaSet} */
  readonly updateQuotaSet: Bound<typeof updateQuotaSet>;
  /** {@inheritDoc "drivers/openstack/compute"!listServerGroups} */
  readonly listServerGroups: Bound<typeof listServerGroups>;
  /** {@inheritDoc "drivers/openstack/compute"!getServerGroup} */
  readonly getServerGroup: Bound<typeof getServerGroup>;
  /** {@inheritDoc "drivers/openstack/compute"!createServerGroup} */
  readonly createServerGroup: Bound<typeof createServerGroup>;
  /** {@inheritDoc "drivers/openstack/compute"!deleteServerGroup} */
  readonly deleteServerGroup: Bound<typeof deleteServerGroup>;
  /** {@inheritDoc "drivers/openstack/compute"!listServerInterfaces} */
  readonly listServerInterfaces: Bound<typeof listServerInterfaces>;
  /** {@inheritDoc "drivers/openstack/compute"!attachServerInterface} */
  readonly attachServerInterface: Bound<typeof attachServerInterface>;
  /** {@inheritDoc "drivers/openstack/compute"!detachServerInterface} */
  readonly detachServerInterface: Bound<typeof detachServerInterface>;
}

/**
 * Builds `driver.ext.compute` for one driver instance.
 *
 * @param context - The driver's shared context.
 * @returns The bound compute operations.
 */
export function createComputeExtension(context: DriverContext): ComputeExtension {
  const c = (): Promise<ComputeClient> => context.compute();
  return Object.freeze({
    client: (signal?: AbortSignal) => context.compute(signal),
    listServers: bindList(c, listServers),
    getServer: bindCall(c, getServer),
    createServer: bindCall(c, createServer),
    updateServer: bindCall(c, updateServer),
    runServerAction: bindCall(c, runServerAction),
    rebootServer: bindCall(c, rebootServer),
    lockServer: bindCall(c, lockServer),
    rescueServer: bindCall(c, rescueServer),
    rebuildServer: bindCall(c, rebuildServer),
    resizeServer: bindCall(c, resizeServer),
    createServerImage: bindCall(c, createServerImage),
    changeServerPassword: bindCall(c, changeServerPassword),
    getConsoleOutput: bindCall(c, getConsoleOutput),
    getRemoteConsole: bindCall(c, getRemoteConsole),
    getServerMetadata: bindCall(c, getServerMetadata),
    setServerMetadata: bindCall(c, setServerMetadata),
    deleteServerMetadataItem: bindCall(c, deleteServerMetadataItem),
    listFlavors: bindList(c, listFlavors),
    getFlavor: bindCall(c, getFlavor),
    getFlavorExtraSpecs: bindCall(c, getFlavorExtraSpecs),
    listKeypairs: bindList(c, listKeypairs),
    getKeypair: bindCall(c, getKeypair),
    createKeypair: bindCall(c, createKeypair),
    listAvailabilityZones: bindList(c, listAvailabilityZones),
    getLimits: bindCall(c, getLimits),
    waitForServerStatus: bindCall(c, waitForServerStatus),
    getQuotaSet: bindCall(c, getQuotaSet),
    getDefaultQuotaSet: bindCall(c, getDefaultQuotaSet),
    updateQuotaSet: bindCall(c, updateQuotaSet),
    listServerGroups: bindList(c, listServerGroups),
    getServerGroup: bindCall(c, getServerGroup),
    createServerGroup: bindCall(c, createServerGroup),
    deleteServerGroup: bindCall(c, deleteServerGroup),
    listServerInterfaces: bindList(c, listServerInterfaces),
    attachServerInterface: bindCall(c, attachServerInterface),
    detachServerInterface: bindCall(c, detachServerInterface),
  });
}
