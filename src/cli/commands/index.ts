// Every command group of the `stratus` CLI, in help order. To add a group: create `<group>.ts` exporting a
// `RegisterCommandGroup`, and add it to this list.
import type { RegisterCommandGroup } from '../command-group.ts';
import { registerCatalogCommands } from './catalog.ts';
import { registerCloudCommands } from './cloud.ts';
import { registerTokenCommands } from './token.ts';

/** The registered command groups. */
export const COMMAND_GROUPS: readonly RegisterCommandGroup[] = [
  registerCloudCommands,
  registerTokenCommands,
  registerCatalogCommands,
];
