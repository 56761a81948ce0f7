// The EC2 tour of `npm run demo -- ec2`: zones, sizes, a key pair, an instance through its life, a volume with
// a snapshot. Everything it makes is removed at the end, also after an error or an abort.
import { randomBytes } from 'node:crypto';
import { NodeState } from 'stratus';
import type { Ec2NodeDriver } from 'stratus/ec2';

/** Where the tour writes. */
export interface TourOutput {
  /** Writes text. */
  readonly write: (text: string) => void;
}

/**
 * Runs the tour on a driver.
 * @param driver - An EC2 driver (the local EC2 or a real account).
 * @param out - Where to write.
 * @param signal - Aborts the tour (cleanup still runs).
 * @returns 0 when every step worked.
 */
export async function runEc2Tour(
  driver: Ec2NodeDriver,
  out: TourOutput,
  signal?: AbortSignal,
): Promise<number> {
  const say = (line: string): void => out.write(`${line}\n`);
  const name = `demo-${randomBytes(3).toString('hex')}`;
  const undo: (() => Promise<unknown>)[] = [];
  try {
    const zones = await Array.fromAsync(driver.listLocations(signal));
    say(`Region ${driver.region}: ${zones.length} zones (${zones.map((z) => z.id).join(', ')})`);
    const sizes = await Array.fromAsync(driver.listSizes(signal));
    const size = sizes.find((s) => s.id === 't3.micro') ?? sizes[0];
    say(`${sizes.length} instance types; using ${size?.id} (${size?.vcpus} vCPU, ${size?.ramMiB} MiB)`);
    let imageId: string | undefined;
    for await (const image of driver.listImages(signal)) {
      imageId = image.id;
      say(`Image ${image.id}: ${image.name}`);
      break;
    }
    if (size === undefined || imageId === undefined) throw new Error('the region offers no size or image');
    const key = await driver.createKeyPair(`${name}-key`, signal);
    undo.push(() => driver.deleteKeyPair(key));
    say(
      `Key pair ${key.name} (${key.fingerprint}); private key received, ${key.privateKey?.length ?? 0} bytes`,
    );
    const node = await driver.createNode(
      { name, size, image: imageId, location: zones[0], keyName: key.name },
      signal,
    );
    undo.push(() => driver.destroyNode(node));
    say(`Instance ${node.id} (${node.name}) is ${node.state}`);
    const [running] = await driver.waitUntilRunning(node, { timeoutMs: 120_000 }, signal);
    say(
      `… ${running?.state}, private ${running?.privateIps.join(', ')}, public ${running?.publicIps.join(', ')}`,
    );
    const volume = await driver.createVolume({ name: `${name}-data`, sizeGb: 1, location: zones[0] }, signal);
    undo.push(() => driver.destroyVolume(volume));
    await driver.attachVolume(node, volume, { device: '/dev/sdf' }, signal);
    say(`Volume ${volume.id} (1 GiB) attached as /dev/sdf`);
    const snapshot = await driver.ext.snapshots.create(volume.id, `${name}-snap`, signal);
    say(`Snapshot ${snapshot.id} is ${snapshot.state}`);
    await driver.ext.snapshots.delete(snapshot.id, signal);
    await driver.detachVolume(volume, signal);
    await driver.stopNode(node, signal);
    say(
      `Stopped: ${(await driver.getNode(node.id, signal))?.state === NodeState.STOPPED ? 'yes' : 'not yet'}`,
    );
    await driver.startNode(node, signal);
    say('Started again; cleaning up');
    return 0;
  } finally {
    for (const step of undo.reverse()) await step().catch((e: unknown) => say(`cleanup: ${String(e)}`));
    say(`Removed everything named ${name}*`);
  }
}
