// Create a volume, wait until it is available, grow it, snapshot it, and delete both.
//   OS_CLOUD=mycloud node --conditions=source examples/volumes.ts
import { createSession, fromCloudsYaml } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';

const driver = new OpenStackNodeDriver({
  session: createSession(await fromCloudsYaml(undefined, { env: process.env })),
});
const cinder = driver.ext.blockStorage;
try {
  const created = await cinder.createVolume({ sizeGb: 1, name: `stratus-example-${process.pid}` });
  try {
    const volume = await cinder.waitForVolumeStatus(created.id, 'available');
    console.log(`volume ${volume.name}: ${volume.sizeGb} GiB, ${volume.status}`);
    await cinder.extendVolume(volume.id, 2);
    console.log(`extended to ${(await cinder.waitForVolumeStatus(volume.id, 'available')).sizeGb} GiB`);
    const snapshot = await cinder.createSnapshot({ volumeId: volume.id, name: `${volume.name}-snap` });
    await cinder.waitForSnapshotStatus(snapshot.id, 'available');
    console.log(
      `snapshot ${snapshot.name} is available; attach volumes with driver.attachVolume(node, volume)`,
    );
    await cinder.deleteSnapshot(snapshot.id);
    await cinder.waitForSnapshotStatus(snapshot.id, 'deleted');
  } finally {
    await cinder.deleteVolume(created.id, { cascade: true });
    await cinder.waitForVolumeDeleted(created.id);
    console.log(`volume ${created.name} deleted`);
  }
} finally {
  await driver.close();
}
