import { generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Capability, supports } from '../../../src/compute/capabilities.ts';
import { NodeState, VolumeState } from '../../../src/compute/node-state.ts';
import { getDriver, Provider } from '../../../src/compute/registry.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { onCleanup } from '../helpers/cleanup.ts';
import { localDriver, prefix } from './local-ec2.ts';

const driver = localDriver();
const name = prefix();
afterAll(() => driver.close());

async function anyImageId(): Promise<string> {
  for await (const image of driver.listImages()) return image.id;
  throw new Error('the local EC2 lists no image');
}

describe('EC2 portable API on the local EC2', () => {
  it('is registered as a provider', async () => {
    const Ec2 = await getDriver(Provider.EC2);
    expect(Ec2.name).toBe('Ec2NodeDriver');
    expect(supports(driver, Capability.VOLUMES)).toBe(true);
  });

  it('lists zones, regions and instance types', async () => {
    const zones = await Array.fromAsync(driver.listLocations());
    expect(zones.map((z) => z.id)).toContain('us-east-1a');
    expect((await driver.ext.regions.list()).map((r) => r.name)).toContain('eu-west-1');
    const sizes = await Array.fromAsync(driver.listSizes());
    const micro = sizes.find((s) => s.id === 't2.micro');
    expect(micro).toMatchObject({ vcpus: 1, ramMiB: 1024 });
    expect(new Set(sizes.map((s) => s.id)).size).toBe(sizes.length); // pages neither repeat nor overlap
  });

  it('runs, reboots, stops, starts, images and terminates a node', async () => {
    const node = await driver.createNode({
      name: `${name}-vm`,
      size: 't2.micro',
      image: await anyImageId(),
      location: 'us-east-1b',
    });
    onCleanup(() => driver.destroyNode(node), `instance ${node.id}`);
    expect(node).toMatchObject({ name: `${name}-vm`, sizeId: 't2.micro' });
    expect(node.extra.availabilityZone).toBe('us-east-1b');
    const [running] = await driver.waitUntilRunning(node, { timeoutMs: 30_000, intervalMs: 200 });
    expect(running?.state).toBe(NodeState.RUNNING);
    const listed = await Array.fromAsync(driver.listNodes());
    expect(listed.find((n) => n.id === node.id)?.name).toBe(`${name}-vm`);

    await driver.rebootNode(node);
    await driver.stopNode(node);
    expect((await driver.getNode(node.id))?.state).toBe(NodeState.STOPPED);
    await driver.startNode(node);
    expect([NodeState.RUNNING, NodeState.PENDING]).toContain((await driver.getNode(node.id))?.state);

    const image = await driver.createImage(node, `${name}-ami`, { metadata: { owner: name } });
    expect((await driver.getImage(image.id))?.name).toBe(`${name}-ami`);
    await driver.deleteImage(image);
    expect(await driver.getImage(image.id)).toBeUndefined();

    await driver.destroyNode(node);
    await driver.waitUntilDeleted(node, { timeoutMs: 30_000, intervalMs: 200 });
    expect((await Array.fromAsync(driver.listNodes())).some((n) => n.id === node.id)).toBe(false);
  });

  it('creates, imports and deletes key pairs', async () => {
    const made = await driver.createKeyPair(`${name}-made`);
    onCleanup(() => driver.deleteKeyPair(made), 'key pair');
    expect(made.privateKey).toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    const ssh = sshRsaKey();
    const imported = await driver.importKeyPairFromString(`${name}-imported`, ssh);
    onCleanup(() => driver.deleteKeyPair(imported), 'imported key pair');
    expect((await driver.getKeyPair(`${name}-imported`))?.fingerprint).toBe(imported.fingerprint);
    const names = (await Array.fromAsync(driver.listKeyPairs())).map((k) => k.name);
    expect(names).toEqual(expect.arrayContaining([`${name}-made`, `${name}-imported`]));
    await driver.deleteKeyPair(made);
    await driver.deleteKeyPair(`${name}-imported`);
    expect(await driver.getKeyPair(`${name}-made`)).toBeUndefined();
  });

  it('creates, attaches, snapshots, detaches and deletes a volume', async () => {
    const node = await driver.createNode({
      name: `${name}-host`,
      size: 't2.micro',
      image: await anyImageId(),
      location: 'us-east-1a',
    });
    onCleanup(() => driver.destroyNode(node), `instance ${node.id}`);
    const volume = await driver.createVolume({ sizeGb: 2, name: `${name}-vol`, location: 'us-east-1a' });
    onCleanup(() => driver.destroyVolume(volume).catch(() => undefined), `volume ${volume.id}`);
    expect(volume).toMatchObject({ name: `${name}-vol`, sizeGb: 2 });
    await driver.attachVolume(node, volume, { device: '/dev/sdg' });
    const attached = await driver.getVolume(volume.id);
    expect(attached?.state).toBe(VolumeState.INUSE);
    const snapshot = await driver.ext.snapshots.create(volume.id, `${name}-snap`);
    expect((await Array.fromAsync(driver.ext.snapshots.list())).map((s) => s.id)).toContain(snapshot.id);
    await driver.ext.snapshots.delete(snapshot.id);
    await driver.detachVolume(volume);
    expect((await driver.getVolume(volume.id))?.state).toBe(VolumeState.AVAILABLE);
    await driver.destroyVolume(volume);
    expect(await driver.getVolume(volume.id)).toBeUndefined();
  });

  it('types EC2 errors', async () => {
    expect(await driver.getNode('i-0123456789abcdef0')).toBeUndefined();
    const error: unknown = await driver.deleteImage('ami-0badc0de').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 400, faultCode: 'InvalidAMIID.NotFound', service: 'EC2' });
  });
});

/** A fresh OpenSSH `ssh-rsa` public key line (from the key's JWK modulus and exponent). */
function sshRsaKey(): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string | undefined): Buffer => {
    const raw = Buffer.from(b64url ?? '', 'base64url');
    return (raw[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw;
  };
  const field = (b: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(b.length);
    return Buffer.concat([head, b]);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e)), field(mpint(jwk.n))]);
  return `ssh-rsa ${blob.toString('base64')} stratus-test`;
}
