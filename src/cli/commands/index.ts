// Every command group of the `stratus` CLI, in help order. To add a group: create `<group>.ts` exporting a
// `RegisterCommandGroup`, and add it to this list.
import type { RegisterCommandGroup } from '../command-group.ts';
import { registerAzCommands } from './az.ts';
import { registerCatalogCommands } from './catalog.ts';
import { registerCloudCommands } from './cloud.ts';
import { registerDocumentCommands } from './document.ts';
import { registerFlavorCommands } from './flavor.ts';
import { registerFloatingIpCommands } from './floating-ip/index.ts';
import { registerImageCommands } from './image/index.ts';
import { registerKeypairCommands } from './keypair.ts';
import { registerLimitsCommands } from './limits.ts';
import { registerNetworkCommands } from './network.ts';
import { registerPortCommands } from './port.ts';
import { registerRouterCommands } from './router.ts';
import { registerSecurityGroupCommands } from './security-group/index.ts';
import { registerServerCommands } from './server.ts';
import { registerStackCommands } from './stack/index.ts';
import { registerSubnetCommands } from './subnet.ts';
import { registerTokenCommands } from './token.ts';
import { registerVolumeCommands } from './volume/index.ts';

/** The registered command groups. */
export const COMMAND_GROUPS: readonly RegisterCommandGroup[] = [
  registerCloudCommands,
  registerTokenCommands,
  registerCatalogCommands,
  registerServerCommands,
  registerFlavorCommands,
  registerKeypairCommands,
  registerAzCommands,
  registerLimitsCommands,
  registerImageCommands,
  registerNetworkCommands,
  registerSubnetCommands,
  registerPortCommands,
  registerRouterCommands,
  registerSecurityGroupCommands,
  registerFloatingIpCommands,
  registerVolumeCommands,
  registerStackCommands,
  registerDocumentCommands,
];
