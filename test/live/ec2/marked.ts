/**
 * What a deployment left on the local EC2: every live resource carrying one of its ownership marks, by the
 * document resource the mark names. moto keeps the tags of deleted resources, so each id is checked for life.
 */
import type { Ec2NodeDriver } from '../../../src/drivers/ec2/index.ts';

type Exists = (driver: Ec2NodeDriver, id: string) => Promise<unknown>;

/** A getter per id prefix: whether the tagged resource still exists. */
const EXISTS: Record<string, Exists> = {
  'i-': (d, id) => d.getNode(id),
  'vol-': (d, id) => d.blockStorage.getVolume(id),
  'vpc-': (d, id) => d.networking.getNetwork(id),
  'subnet-': (d, id) => d.networking.getSubnet(id),
  'igw-': (d, id) => d.networking.getRouter(id),
  'eni-': (d, id) => d.networking.getPort(id),
  'sg-': (d, id) => d.securityGroups.getSecurityGroup(id),
  'eipalloc-': (d, id) => d.floatingIps.getFloatingIp(id),
};

interface Tag {
  readonly resourceId: string;
  readonly key: string;
  readonly value?: string;
}

/**
 * The live resources marked as the deployment's (`stratus:<deployment>/<resource>`, or the `stratus-deployment`
 * and `stratus-resource` pair), by document resource name (`?` when no mark names the resource).
 *
 * @param driver - A driver on the local EC2.
 * @param deployment - The deployment id.
 * @returns Resource name → live ids (sorted).
 */
export async function markedByResource(
  driver: Ec2NodeDriver,
  deployment: string,
): Promise<Record<string, string[]>> {
  const answer = await driver.connection.ec2.call('DescribeTags', {}, { idempotent: true });
  const tags = (answer.tagSet as { item?: Tag[] } | undefined)?.item ?? [];
  const ours = new Set<string>();
  const resourceOf = new Map<string, string>();
  for (const t of tags) {
    if (t.key.startsWith(`stratus:${deployment}/`)) {
      ours.add(t.resourceId);
      resourceOf.set(t.resourceId, t.key.slice(`stratus:${deployment}/`.length));
    }
    if (t.key === 'stratus-deployment' && t.value === deployment) ours.add(t.resourceId);
    if (t.key === 'stratus-resource' && t.value !== undefined) resourceOf.set(t.resourceId, t.value);
  }
  const owner = new Map([...ours].map((id) => [id, resourceOf.get(id) ?? '?']));
  const byResource: Record<string, string[]> = {};
  for (const [id, resource] of owner) {
    const exists = Object.entries(EXISTS).find(([prefix]) => id.startsWith(prefix))?.[1];
    if (exists !== undefined && (await exists(driver, id)) === undefined) continue;
    byResource[resource] = [...(byResource[resource] ?? []), id];
  }
  for (const ids of Object.values(byResource)) ids.sort();
  return byResource;
}

/**
 * Every live resource marked as the deployment's.
 *
 * @param driver - A driver on the local EC2.
 * @param deployment - The deployment id.
 * @returns The ids, sorted.
 */
export async function marked(driver: Ec2NodeDriver, deployment: string): Promise<string[]> {
  return Object.values(await markedByResource(driver, deployment))
    .flat()
    .sort();
}

/**
 * Everything the deployment owns, the way the facade tells ownership: a mark, or (for an object whose create
 * finished but whose mark was not written yet, e.g. after a SIGKILL) the deterministic name
 * `<deployment>-<resource>`. Resource name → live ids.
 *
 * @param driver - A driver on the local EC2.
 * @param deployment - The deployment id.
 * @returns Resource name → live ids (sorted).
 */
export async function ownedByResource(
  driver: Ec2NodeDriver,
  deployment: string,
): Promise<Record<string, string[]>> {
  const owned = new Map<string, string>();
  for (const [resource, ids] of Object.entries(await markedByResource(driver, deployment))) {
    for (const id of ids) owned.set(id, resource);
  }
  const named = [
    ...(await Array.fromAsync(driver.listNodes())).filter((n) => n.state !== 'terminated'),
    ...(await Array.fromAsync(driver.networking.listNetworks())),
    ...(await Array.fromAsync(driver.networking.listSubnets())),
    ...(await Array.fromAsync(driver.networking.listRouters())),
    ...(await Array.fromAsync(driver.securityGroups.listSecurityGroups())),
    ...(await Array.fromAsync(driver.blockStorage.listVolumes())),
  ];
  for (const object of named) {
    if (!owned.has(object.id) && object.name.startsWith(`${deployment}-`)) {
      owned.set(object.id, object.name.slice(deployment.length + 1));
    }
  }
  const byResource: Record<string, string[]> = {};
  for (const [id, resource] of owned) byResource[resource] = [...(byResource[resource] ?? []), id].sort();
  return byResource;
}
