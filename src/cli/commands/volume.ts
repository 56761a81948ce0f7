import type { Command } from 'commander';
import type { Snapshot } from '../../drivers/openstack/block-storage/snapshots/types.ts';
import type { Volume, VolumeSource } from '../../drivers/openstack/block-storage/volumes/types.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { findImageId, findServerRef, progressWait, withDriver } from './compute-common.ts';
import { addListCommand } from './list-command.ts';
import { subgroup, wholeNumber } from './network.ts';

type Driver = Parameters<Parameters<typeof withDriver>[2]>[0];

interface VolumeRow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly sizeGb: number;
  readonly attachedTo: string;
}

const COLUMNS: readonly Column<VolumeRow>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'sizeGb', header: 'Size' },
  { key: 'attachedTo', header: 'Attached to' },
];

const SNAPSHOT_COLUMNS: readonly Column<Snapshot>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'status', header: 'Status' },
  { key: 'sizeGb', header: 'Size' },
  { key: 'volumeId', header: 'Volume' },
];

function row(v: Volume): VolumeRow {
  const attachedTo = v.attachments.map((a) => `${a.serverId} on ${a.device ?? '?'}`).join(', ');
  return { id: v.id, name: v.name, status: v.status, sizeGb: v.sizeGb, attachedTo };
}

function record(v: Volume): Record<string, unknown> {
  return {
    ...row(v),
    type: v.volumeType,
    availability_zone: v.availabilityZone,
    bootable: v.bootable,
    description: v.description,
    snapshot_id: v.snapshotId,
    source_volid: v.sourceVolumeId,
    properties: v.metadata,
    created_at: v.createdAt,
  };
}

interface CreateFlags {
  readonly size?: string;
  readonly image?: string;
  readonly snapshot?: string;
  readonly source?: string;
  readonly type?: string;
  readonly availabilityZone?: string;
  readonly description?: string;
  readonly wait?: boolean;
}

async function source(driver: Driver, flags: CreateFlags): Promise<VolumeSource | undefined> {
  const given = [flags.image, flags.snapshot, flags.source].filter((s) => s !== undefined);
  if (given.length > 1) throw new ConfigurationError('Pass only one of --image, --snapshot, --source');
  const bs = driver.ext.blockStorage;
  if (flags.image !== undefined) return { kind: 'image', imageId: await findImageId(driver, flags.image) };
  if (flags.snapshot !== undefined)
    return {
      kind: 'snapshot',
      snapshotId: (await found(bs.findSnapshot(flags.snapshot), 'snapshot', flags.snapshot)).id,
    };
  if (flags.source !== undefined)
    return {
      kind: 'volume',
      volumeId: (await found(bs.findVolume(flags.source), 'volume', flags.source)).id,
    };
  return undefined;
}

async function waitFor(io: CliIo, driver: Driver, volume: Volume, status: string): Promise<Volume> {
  const wait = progressWait<Volume>(io, volume.name || volume.id);
  try {
    return await driver.ext.blockStorage.waitForVolumeStatus(volume.id, status, wait.options);
  } finally {
    wait.done();
  }
}

function registerServerVerbs(program: Command, io: CliIo): void {
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
            const volume = await found(bs.findVolume(volumeRef), 'volume', volumeRef);
            if (verb === 'add')
              await bs.attachVolume(serverId, volume.id, { device: flags.device, wait: false });
            else await bs.detachVolume(serverId, volume.id, { wait: false });
            if (flags.wait) await waitFor(io, driver, volume, verb === 'add' ? 'in-use' : 'available');
          });
        },
      );
  }
}

function registerSnapshotReads(snapshot: Command, io: CliIo): void {
  addListCommand(snapshot, io, {
    description: 'list snapshots (every page)',
    columns: SNAPSHOT_COLUMNS,
    rows: (driver) => driver.ext.blockStorage.listSnapshots(),
  });
  snapshot
    .command('show <snapshot>')
    .description('show one snapshot (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printRecord(io, format, {
          ...(await found(driver.ext.blockStorage.findSnapshot(ref), 'snapshot', ref)),
        });
      });
    });
}

function registerSnapshots(volume: Command, io: CliIo): void {
  const snapshot = volume.command('snapshot').description('volume snapshots');
  registerSnapshotReads(snapshot, io);
  snapshot
    .command('create <name>')
    .description('snapshot a volume')
    .requiredOption('--volume <volume>', 'the volume (id or name)')
    .option('--force', 'snapshot it even while attached')
    .action(async (name: string, flags: { volume: string; force?: boolean }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        const volumeId = (await found(bs.findVolume(flags.volume), 'volume', flags.volume)).id;
        printRecord(io, format, { ...(await bs.createSnapshot({ volumeId, name, force: flags.force })) });
      });
    });
  snapshot
    .command('delete <snapshots...>')
    .description('delete snapshots (id or name)')
    .action(async (refs: readonly string[], _flags: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        for (const ref of refs)
          await bs.deleteSnapshot((await found(bs.findSnapshot(ref), 'snapshot', ref)).id);
      });
    });
}

function registerVolumeList(volume: Command, io: CliIo): void {
  volume
    .command('list')
    .description('list volumes (every page)')
    .action(async (_flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const volumes = await Array.fromAsync(driver.ext.blockStorage.listVolumes());
        printList(io, format, COLUMNS, volumes.map(row));
      });
    });
  volume
    .command('show <volume>')
    .description('show one volume (id or name)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await found(driver.ext.blockStorage.findVolume(ref), 'volume', ref))),
      );
    });
}

function registerVolumeCreate(volume: Command, io: CliIo): void {
  volume
    .command('create <name>')
    .description('create a volume: empty (--size), or from --image, --snapshot or --source')
    .option('--size <GiB>', 'the size in GiB')
    .option('--image <image>', 'copy this image (id or name)')
    .option('--snapshot <snapshot>', 'restore this snapshot (id or name)')
    .option('--source <volume>', 'clone this volume (id or name)')
    .option('--type <type>', 'the volume type')
    .option('--availability-zone <zone>', 'the availability zone')
    .option('--description <text>', 'a description')
    .option('--wait', 'wait until it is available, with progress')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        let created = await driver.ext.blockStorage.createVolume({
          name,
          sizeGb: wholeNumber(flags.size, '--size'),
          source: await source(driver, flags),
          volumeType: flags.type,
          availabilityZone: flags.availabilityZone,
          description: flags.description,
        });
        if (flags.wait) created = await waitFor(io, driver, created, 'available');
        printRecord(io, format, record(created));
      });
    });
}

function registerVolumeSet(volume: Command, io: CliIo): void {
  volume
    .command('set <volume>')
    .description('rename a volume or grow it (--size)')
    .option('--name <name>', 'a new name')
    .option('--size <GiB>', 'extend to this size')
    .action(async (ref: string, flags: { name?: string; size?: string }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        const id = (await found(bs.findVolume(ref), 'volume', ref)).id;
        if (flags.name !== undefined) await bs.updateVolume(id, { name: flags.name });
        const size = wholeNumber(flags.size, '--size');
        if (size !== undefined) await bs.extendVolume(id, size);
      });
    });
  volume
    .command('delete <volumes...>')
    .description('delete volumes (id or name)')
    .option('--purge', 'also delete their snapshots')
    .option('--wait', 'wait until they are gone')
    .action(async (refs: readonly string[], flags: { purge?: boolean; wait?: boolean }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const bs = driver.ext.blockStorage;
        for (const ref of refs) {
          const id = (await found(bs.findVolume(ref), 'volume', ref)).id;
          await bs.deleteVolume(id, { cascade: flags.purge });
          if (flags.wait) await bs.waitForVolumeDeleted(id, progressWait(io, ref).options);
        }
      });
    });
}

function registerVolumeType(volume: Command, io: CliIo): void {
  addListCommand(volume.command('type').description('volume types'), io, {
    description: 'list volume types',
    columns: [
      { key: 'id', header: 'ID' },
      { key: 'name', header: 'Name' },
    ],
    rows: (driver) => driver.ext.blockStorage.listVolumeTypes(),
  });
}

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
  registerVolumeType(volume, io);
  registerSnapshots(volume, io);
  registerServerVerbs(program, io);
};
