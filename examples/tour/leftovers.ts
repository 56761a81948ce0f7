// The last step: ask every service whether anything named with the tour's prefix is still there.
import type { Tour } from './context.ts';

async function named(
  items: AsyncIterable<{ readonly name: string | undefined }>,
  prefix: string,
  kind: string,
) {
  const found: string[] = [];
  for await (const item of items) if (item.name?.startsWith(prefix)) found.push(`${kind} ${item.name}`);
  return found;
}

/**
 * Lists what the tour made and is still on the cloud (servers, networks, subnets, routers, security groups,
 * floating IPs, volumes, stacks, key pairs).
 *
 * @param tour - The tour.
 * @param services - The service types the catalog has.
 * @returns One line per leftover; empty when the cloud is clean.
 */
export async function findLeftovers(tour: Tour, services: ReadonlySet<string>): Promise<string[]> {
  const { driver, prefix } = tour;
  const ext = driver.ext;
  const checks: Promise<string[]>[] = [
    named(driver.listNodes(), prefix, 'server'),
    named(driver.listKeyPairs(), prefix, 'key pair'),
    named(ext.network.listNetworks(), prefix, 'network'),
    named(ext.network.listSubnets(), prefix, 'subnet'),
    named(ext.network.listRouters(), prefix, 'router'),
    named(ext.securityGroups.listSecurityGroups(), prefix, 'security group'),
    (async () => {
      const found: string[] = [];
      for await (const fip of ext.floatingIps.list()) {
        if (fip.description === prefix) found.push(`floating IP ${fip.floatingIpAddress}`);
      }
      return found;
    })(),
  ];
  if (hasVolumes(services)) checks.push(named(ext.blockStorage.listVolumes(), prefix, 'volume'));
  if (services.has('orchestration')) checks.push(named(ext.orchestration.listStacks(), prefix, 'stack'));
  return (await Promise.all(checks)).flat();
}

/**
 * @param services - The catalog's service types.
 * @returns Whether the cloud has Cinder (under any of its type names).
 */
export function hasVolumes(services: ReadonlySet<string>): boolean {
  return ['block-storage', 'volumev3', 'volumev2', 'volume'].some((t) => services.has(t));
}
