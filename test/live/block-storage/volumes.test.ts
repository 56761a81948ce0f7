import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import {
  attachVolume,
  detachVolume,
  listVolumeAttachments,
} from '../../../src/drivers/openstack/block-storage/attachments/index.ts';
import { getVolumeQuotas } from '../../../src/drivers/openstack/block-storage/quotas/index.ts';
import {
  createSnapshot,
  deleteSnapshot,
  listSnapshots,
  waitForSnapshotStatus,
} from '../../../src/drivers/openstack/block-storage/snapshots/index.ts';
import {
  createVolume,
  deleteVolume,
  extendVolume,
  getVolume,
  listVolumes,
  waitForVolumeDeleted,
  waitForVolumeStatus,
} from '../../../src/drivers/openstack/block-storage/volumes/index.ts';
import { findNetwork } from '../../../src/drivers/openstack/network/networks/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';
import { serviceClient } from '../helpers/session.ts';
import { bootServer } from '../network/servers.ts';
import { openStreamingSession } from '../network/session.ts';

const fast = { intervalMs: 500, maxIntervalMs: 2000, timeoutMs: 120_000 };
let session: OpenStackSession;
let cinder: ServiceClient;

async function removeVolume(id: string): Promise<void> {
  try {
    await deleteVolume(cinder, id, { cascade: true });
    await waitForVolumeDeleted(cinder, id, fast);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

beforeAll(async () => {
  session = openStreamingSession();
  cinder = await serviceClient(session, 'block-storage', 'Cinder');
});
afterAll(async () => {
  await session.close();
});

describe('block storage (Cinder) on the local cloud', () => {
  it('attaches a volume to a server through Nova and detaches it', async () => {
    const nova = await serviceClient(session, 'compute', 'Nova');
    const glance = await serviceClient(session, 'image', 'Glance');
    const neutron = await serviceClient(session, 'network', 'Neutron');
    const net = await findNetwork(neutron, SEED.privateNetwork);
    if (net === undefined) throw new Error(`the seeded network ${SEED.privateNetwork} is missing`);
    const serverId = await bootServer(nova, glance, uniqueName('volume-server'), net.id);
    const name = uniqueName('volume');
    const created = await createVolume(cinder, { sizeGb: 1, name, metadata: { purpose: 'live' } });
    onCleanup(() => removeVolume(created.id), `volume ${name}`);
    expect(created.status).toBe('creating');
    await waitForVolumeStatus(cinder, created.id, 'available', fast);
    const clients = { compute: nova, blockStorage: cinder };
    const attachment = await attachVolume(clients, serverId, created.id, { waitOptions: fast });
    expect(attachment).toMatchObject({ serverId, volumeId: created.id });
    const inUse = await getVolume(cinder, created.id);
    expect(inUse.status).toBe('in-use');
    expect(inUse.attachments.map((a) => a.serverId)).toEqual([serverId]);
    expect((await listVolumeAttachments(nova, serverId)).map((a) => a.volumeId)).toEqual([created.id]);
    await detachVolume(clients, serverId, created.id, { waitOptions: fast });
    const free = await getVolume(cinder, created.id);
    expect(free).toMatchObject({ status: 'available', attachments: [], metadata: { purpose: 'live' } });
  });

  it('extends, snapshots, clones and deletes with the waiters', async () => {
    const name = uniqueName('volume');
    const volume = await createVolume(cinder, { sizeGb: 1, name });
    onCleanup(() => removeVolume(volume.id), `volume ${name}`);
    await waitForVolumeStatus(cinder, volume.id, 'available', fast);
    await extendVolume(cinder, volume.id, 2);
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', fast)).sizeGb).toBe(2);
    const snapshot = await createSnapshot(cinder, { volumeId: volume.id, name });
    await waitForSnapshotStatus(cinder, snapshot.id, 'available', fast);
    const listed = [];
    for await (const s of listSnapshots(cinder, { volumeId: volume.id })) listed.push(s.id);
    expect(listed).toEqual([snapshot.id]);
    const clone = await createVolume(cinder, {
      name: `${name}-clone`,
      source: { kind: 'snapshot', snapshotId: snapshot.id },
    });
    onCleanup(() => removeVolume(clone.id), `volume ${name}-clone`);
    expect((await waitForVolumeStatus(cinder, clone.id, 'available', fast)).snapshotId).toBe(snapshot.id);
    const found = [];
    for await (const v of listVolumes(cinder, { name, pageSize: 1 })) found.push(v.id);
    expect(found).toEqual([volume.id]);
    await removeVolume(clone.id);
    await deleteSnapshot(cinder, snapshot.id);
    await waitForSnapshotStatus(cinder, snapshot.id, 'deleted', fast);
    await deleteVolume(cinder, volume.id);
    await waitForVolumeDeleted(cinder, volume.id, fast);
    await expect(getVolume(cinder, volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the project’s volume quotas with usage', async () => {
    const info = await session.authenticate();
    const project = info.scope.kind === 'project' ? info.scope.project.id : undefined;
    if (project === undefined) throw new Error('the live cloud has no project scope');
    const quotas = await getVolumeQuotas(cinder, project);
    expect(quotas.volumes?.limit).not.toBe(0);
    expect(quotas.gigabytes?.inUse).toBeGreaterThanOrEqual(0);
  });
});
