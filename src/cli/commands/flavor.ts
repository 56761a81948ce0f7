import type { Command } from 'commander';
import type { Flavor } from '../../drivers/openstack/compute/flavors/types.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findFlavorRef, withDriver } from './compute-common.ts';

const COLUMNS: readonly Column<Flavor>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'ram', header: 'RAM' },
  { key: 'disk', header: 'Disk' },
  { key: 'ephemeral', header: 'Ephemeral' },
  { key: 'vcpus', header: 'VCPUs' },
  { key: 'isPublic', header: 'Is Public' },
];

/**
 * Registers `stratus flavor list|show`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerFlavorCommands: RegisterCommandGroup = (program, io) => {
  const flavor = program.command('flavor').description('compute flavors (sizes)');
  flavor
    .command('list')
    .description('list flavors')
    .option('--all', 'public and private flavors (admin)')
    .action(async (options: { readonly all?: boolean }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const flavors = await Array.fromAsync(
          driver.ext.compute.listFlavors({ isPublic: options.all ? 'all' : undefined }),
        );
        printList(io, format, COLUMNS, flavors);
      });
    });
  flavor
    .command('show <flavor>')
    .description('show one flavor (id or name) with its extra specs')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const f = await findFlavorRef(driver, ref);
        const specs =
          Object.keys(f.extraSpecs).length > 0
            ? f.extraSpecs
            : await driver.ext.compute.getFlavorExtraSpecs(f.id);
        printRecord(io, format, { ...f, extraSpecs: specs });
      });
    });
};
