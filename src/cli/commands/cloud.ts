import type { Command } from 'commander';
import { type CloudListing, listClouds } from '../../auth/config/clouds-yaml.ts';

type CloudRow = CloudListing & { readonly used: string };

import { noCloudsFileMessage } from '../../auth/config/search-path.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import { type Column, printList } from '../output.ts';

const COLUMNS: readonly Column<CloudRow>[] = [
  { key: 'name', header: 'Name' },
  { key: 'used', header: 'Used' },
  { key: 'file', header: 'File' },
  { key: 'secureFile', header: 'Secure file' },
  { key: 'authUrl', header: 'Auth URL' },
  { key: 'region', header: 'Region' },
];

/**
 * Registers `stratus cloud list`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerCloudCommands: RegisterCommandGroup = (program, io) => {
  const cloud = program.command('cloud').description('clouds from clouds.yaml');
  cloud
    .command('list')
    .description('list the clouds found in clouds.yaml files, and which file each comes from')
    .action(async (_options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      const search = { env: io.env, cwd: io.cwd, homeDir: io.homeDir };
      const clouds = await listClouds(search);
      if (clouds.length === 0) {
        io.stderr.write(`${noCloudsFileMessage(search)}\n`);
      }
      const rows = clouds.map((c) => ({ ...c, used: c.active ? 'yes' : 'no (an earlier file wins)' }));
      printList(io, format, COLUMNS, rows);
    });
};
