import type { RegisterCommandGroup } from '../../command-group.ts';
import { registerVolumeCreate } from './create.ts';
import { registerVolumeList } from './list.ts';
import { registerServerVerbs } from './server-verbs.ts';
import { registerVolumeDelete, registerVolumeSet } from './set-delete.ts';
import { registerSnapshots } from './snapshots.ts';
import { registerVolumeType } from './types.ts';

/**
 * Registers `stratus volume list|show|create|set|delete`, `volume snapshot …`, `volume type list` and
 * `server add|remove volume` (Cinder, attachments through Nova).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerVolumeCommands: RegisterCommandGroup = (program, io) => {
  const volume = program.command('volume').description('block-storage volumes (Cinder)');
  registerVolumeList(volume, io);
  registerVolumeCreate(volume, io);
  registerVolumeSet(volume, io);
  registerVolumeDelete(volume, io);
  registerVolumeType(volume, io);
  registerSnapshots(volume, io);
  registerServerVerbs(program, io);
};
