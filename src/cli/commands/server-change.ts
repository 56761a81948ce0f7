import type { Command } from 'commander';
import { SimpleServerAction } from '../../drivers/openstack/compute/server-actions/types.ts';
import type { Server } from '../../drivers/openstack/compute/servers/types.ts';
import type { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { CliIo } from '../io.ts';
import { findFlavorRef, findImageId, findServerRef, withDriver } from './compute-common.ts';
import { progressWait } from './progress-wait.ts';

type Flags = Readonly<Record<string, unknown>>;

/** Applies a change and returns the statuses `--wait` waits for (none: nothing to wait for). */
type Change = (driver: OpenStackNodeDriver, server: Server, flags: Flags) => Promise<readonly string[]>;

interface ChangeSpec {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly (readonly [flags: string, help: string])[];
  readonly change: Change;
}

function text(flags: Flags, key: string): string | undefined {
  const value = flags[key];
  return typeof value === 'string' ? value : undefined;
}

async function resize(d: OpenStackNodeDriver, s: Server, flags: Flags): Promise<readonly string[]> {
  if (flags.confirm === true) {
    await d.ext.compute.runServerAction(s.id, SimpleServerAction.CONFIRM_RESIZE);
    return ['ACTIVE'];
  }
  if (flags.revert === true) {
    await d.ext.compute.runServerAction(s.id, SimpleServerAction.REVERT_RESIZE);
    return ['ACTIVE'];
  }
  const flavor = text(flags, 'flavor');
  if (flavor === undefined)
    throw new ConfigurationError('`server resize` needs --flavor, --confirm or --revert');
  await d.ext.compute.resizeServer(s.id, (await findFlavorRef(d, flavor)).id);
  return ['VERIFY_RESIZE'];
}

async function rebuild(d: OpenStackNodeDriver, s: Server, flags: Flags): Promise<readonly string[]> {
  const ref = text(flags, 'image');
  const image = ref === undefined ? s.imageId : await findImageId(d, ref);
  if (image === undefined) throw new ConfigurationError('this server was booted from a volume: pass --image');
  await d.ext.compute.rebuildServer(s.id, { imageId: image, name: text(flags, 'name') });
  return ['ACTIVE'];
}

const CHANGES: readonly ChangeSpec[] = [
  {
    name: 'reboot',
    description: 'reboot (soft unless --hard)',
    options: [['--hard', 'power-cycle instead of a soft reboot']],
    change: async (d, s, f) => {
      await d.rebootNode(s.id, { hard: f.hard === true });
      return ['ACTIVE'];
    },
  },
  {
    name: 'start',
    description: 'power on',
    change: async (d, s) => {
      await d.startNode(s.id);
      return ['ACTIVE'];
    },
  },
  {
    name: 'stop',
    description: 'power off',
    change: async (d, s) => {
      await d.stopNode(s.id);
      return ['SHUTOFF'];
    },
  },
  {
    name: 'lock',
    description: 'lock against changes by non-admins',
    options: [['--reason <text>', 'why (microversion 2.73+)']],
    change: async (d, s, f) => {
      await d.ext.compute.lockServer(s.id, text(f, 'reason'));
      return [];
    },
  },
  {
    name: 'unlock',
    description: 'unlock',
    change: async (d, s) => {
      await d.ext.compute.runServerAction(s.id, SimpleServerAction.UNLOCK);
      return [];
    },
  },
  {
    name: 'resize',
    description: 'resize to --flavor (then VERIFY_RESIZE); --confirm or --revert a finished resize',
    options: [
      ['--flavor <flavor>', 'the new flavor (name or id)'],
      ['--confirm', 'confirm a finished resize'],
      ['--revert', 'revert a finished resize'],
    ],
    change: resize,
  },
  {
    name: 'rebuild',
    description: 'rebuild from an image (default: the current one)',
    options: [
      ['--image <image>', 'image name or id'],
      ['--name <name>', 'a new name'],
    ],
    change: rebuild,
  },
];

/**
 * Registers `stratus server reboot|start|stop|lock|unlock|resize|rebuild`, each with `--wait`.
 *
 * @param server - The `server` command group.
 * @param io - Environment and output streams.
 */
export function registerServerChangeCommands(server: Command, io: CliIo): void {
  for (const spec of CHANGES) {
    const command = server
      .command(`${spec.name} <server>`)
      .description(spec.description)
      .option('--wait', 'wait for the result, with progress on stderr');
    for (const [flags, help] of spec.options ?? []) command.option(flags, help);
    command.action(async (ref: string, flags: Flags, cmd: Command) => {
      await withDriver(cmd, io, async (driver) => {
        const target = await findServerRef(driver, ref);
        const goal = await spec.change(driver, target, flags);
        if (flags.wait !== true || goal.length === 0) return;
        const progress = progressWait<Server>(io, target.name);
        await driver.ext.compute.waitForServerStatus(target.id, goal, progress.options);
        progress.done();
      });
    });
  }
}
