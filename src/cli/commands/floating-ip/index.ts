import type { RegisterCommandGroup } from '../../command-group.ts';
import { subgroup } from '../network.ts';
import { registerFloatingIpCreate } from './create.ts';
import { registerFloatingIpList } from './list-show.ts';
import { registerFloatingIpPool } from './pool.ts';
import { registerServerVerbs } from './server-verbs.ts';
import { registerFloatingIpSet } from './set-unset-delete.ts';

/**
 * Registers `stratus floating ip list|show|create|set|unset|delete`, `floating ip pool list` and
 * `server add|remove floating ip` (Neutron).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerFloatingIpCommands: RegisterCommandGroup = (program, io) => {
  const fip = subgroup(program, 'floating', 'floating IPs (Neutron)')
    .command('ip')
    .description('floating IPs');
  registerFloatingIpList(fip, io);
  registerFloatingIpCreate(fip, io);
  registerFloatingIpSet(fip, io);
  registerFloatingIpPool(fip, io);
  registerServerVerbs(program, io);
};
