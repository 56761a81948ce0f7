import type { RegisterCommandGroup } from '../../command-group.ts';
import { registerStackChanges } from './changes.ts';
import { registerDetails } from './details.ts';
import { registerStackBasics } from './list-show-create.ts';

/**
 * Registers `stratus stack list|show|create|update|delete`, `stack output list|show`, `stack resource list`
 * and `stack event list` (Heat). `stack delete --wait` fails with Heat's reason when the stack ends
 * `DELETE_FAILED`: the 204 Heat answers is not taken as success.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerStackCommands: RegisterCommandGroup = (program, io) => {
  const stack = program.command('stack').description('orchestration stacks (Heat)');
  registerStackBasics(stack, io);
  registerStackChanges(stack, io);
  registerDetails(stack, io);
};
