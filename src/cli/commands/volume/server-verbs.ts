import type { Command } from 'commander';
import type { CliIo } from '../../io.ts';
import { findServerRef, withDriver } from '../compute-common.ts';
import { subgroup } from '../network.ts';
import { findVolume, waitFor } from './shared.ts';

/**
 * Registers `server add volume` and `server remove volume` (attachments through Nova).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export function registerServerVerbs(program: Command, io: CliIo): void {
  const server = subgroup(program, 'server', 'compute servers (Nova)');
  for (const verb of ['add', 'remove'] as const) {
    subgroup(server, verb, `${verb} things ${verb === 'add' ? 'to' : 'from'} a server`)
      .command('volume <server> <volume>')
      .description(
        `${verb === 'add' ? 'attach a volume to' : 'detach a volume from'} a server (through Nova)`,
      )
      .option('--device <name>', 'ask for a device name, e.g. /dev/vdb (add only)')
      .option('--wait', `wait until the volume is ${verb === 'add' ? 'in-use' : 'available'}`)
      .action(
        async (
          serverRef: string,
          volumeRef: string,
          flags: { device?: string; wait?: boolean },
          command: Command,
        ) => {
          await withDriver(command, io, async (driver) => {
            const bs = driver.ext.blockStorage;
            const serverId = (await findServerRef(driver, serverRef)).id;
            const volume = await findVolume(driver, volumeRef);
            if (verb === 'add')
              await bs.attachVolume(serverId, volume.id, { device: flags.device, wait: false });
            else await bs.detachVolume(serverId, volume.id, { wait: false });
            if (flags.wait) await waitFor(io, driver, volume, verb === 'add' ? 'in-use' : 'available');
          });
        },
      );
  }
}
