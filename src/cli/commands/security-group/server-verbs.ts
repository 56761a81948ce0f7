import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { findServerRef, withDriver } from '../compute-common.ts';
import { subgroup } from '../network.ts';
import { findGroup } from './shared.ts';

/**
 * Registers `server add security group` and `server remove security group` (every port of the server).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export function registerServerVerbs(program: Command, io: CliIo): void {
  const server = subgroup(program, 'server', 'compute servers (Nova)');
  for (const verb of ['add', 'remove'] as const) {
    subgroup(
      subgroup(server, verb, `${verb} things ${verb === 'add' ? 'to' : 'from'} a server`),
      'security',
      'security groups',
    )
      .command('group <server> <group>')
      .description(`${verb} a security group ${verb === 'add' ? 'to' : 'from'} every port of a server`)
      .action(async (serverRef: string, groupRef: string, _flags: unknown, command: Command) => {
        await withDriver(command, io, async (driver) => {
          const sg = driver.ext.securityGroups;
          const serverId = (await findServerRef(driver, serverRef)).id;
          const groupId = (await findGroup(driver, groupRef)).id;
          await (verb === 'add'
            ? sg.addSecurityGroupToServer(serverId, groupId)
            : sg.removeSecurityGroupFromServer(serverId, groupId));
        });
      });
  }
}
