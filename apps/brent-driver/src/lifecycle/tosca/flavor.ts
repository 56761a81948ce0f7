import { badRequest } from '../../http/api-error.ts';
import { sizeInMb } from './values.ts';

/** heat-translator's flavor table: the smallest that satisfies the `host` capability wins. */
const FLAVORS = [
  { name: 'm1.tiny', memMb: 512, diskGb: 1, cpus: 1 },
  { name: 'm1.small', memMb: 2048, diskGb: 20, cpus: 1 },
  { name: 'm1.medium', memMb: 4096, diskGb: 40, cpus: 2 },
  { name: 'm1.large', memMb: 8192, diskGb: 80, cpus: 4 },
  { name: 'm1.xlarge', memMb: 16384, diskGb: 160, cpus: 8 },
] as const;

/**
 * Picks a flavor name for a Compute node's `host` capability (`num_cpus`, `mem_size`, `disk_size`).
 *
 * @param host - The capability's properties.
 * @param node - The node, for messages.
 * @returns The flavor name.
 * @throws {@link DriverApiError} 400 when no flavor is big enough or a property is not understood.
 */
export function flavorFor(host: Readonly<Record<string, unknown>>, node: string): string {
  const where = `node '${node}' capability host`;
  for (const key of Object.keys(host)) {
    if (!['num_cpus', 'mem_size', 'disk_size'].includes(key)) {
      throw badRequest(`TOSCA ${where}: property '${key}' is not supported`, 'ERR_TOSCA_UNSUPPORTED');
    }
  }
  const cpus = typeof host.num_cpus === 'number' ? host.num_cpus : 1;
  const memMb = host.mem_size === undefined ? 0 : sizeInMb(host.mem_size, where);
  const diskGb = host.disk_size === undefined ? 0 : sizeInMb(host.disk_size, where) / 1000;
  const flavor = FLAVORS.find((f) => f.cpus >= cpus && f.memMb >= memMb && f.diskGb >= diskGb);
  if (flavor === undefined) throw badRequest(`TOSCA ${where}: no flavor is large enough`, 'ERR_TOSCA');
  return flavor.name;
}
