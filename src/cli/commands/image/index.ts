import type { RegisterCommandGroup } from '../../command-group.ts';
import { registerImageCreate } from './create.ts';
import { registerImageList } from './list.ts';
import { registerMembers } from './members.ts';
import { registerImageDelete, registerImageSave } from './save-delete.ts';
import { registerImageSet } from './set.ts';

/**
 * Registers `stratus image list|show|create|save|set|delete` and `image add|remove project`, `image member
 * list` (Glance); `image create --file` streams the file and shows upload progress.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerImageCommands: RegisterCommandGroup = (program, io) => {
  const image = program.command('image').description('images (Glance)');
  registerImageList(image, io);
  registerImageCreate(image, io);
  registerImageSave(image, io);
  registerImageSet(image, io);
  registerImageDelete(image, io);
  registerMembers(image, io);
};
