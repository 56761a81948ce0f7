import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { printRecord } from '../output.ts';
import { addEc2List } from './commands.ts';
import { withEc2Driver } from './open-driver.ts';

function registerEc2Flavors(program: Command, io: CliIo): void {
  const flavor = program.command('flavor').alias('size').description('EC2 instance types');
  addEc2List(
    flavor,
    io,
    'instance types',
    [
      { key: 'id', header: 'Name' },
      { key: 'vcpus', header: 'VCPUs' },
      { key: 'ramMiB', header: 'RAM (MiB)' },
      { key: 'diskGb', header: 'Disk (GB)' },
    ],
    async function* (d) {
      for await (const s of d.listSizes()) yield { ...s };
    },
  );
}

function registerEc2Images(program: Command, io: CliIo): void {
  const image = program.command('image').description('AMIs');
  addEc2List(
    image,
    io,
    'images',
    [
      { key: 'id', header: 'ID' },
      { key: 'name', header: 'Name' },
    ],
    async function* (d) {
      for await (const i of d.listImages()) yield { id: i.id, name: i.name };
    },
  );
  image
    .command('delete <id>')
    .description('deregister an AMI')
    .action((id: string, _o: unknown, c: Command) => withEc2Driver(c, io, (d) => d.deleteImage(id)));
}

function registerEc2Keypairs(program: Command, io: CliIo): void {
  const keypair = program.command('keypair').description('EC2 key pairs');
  addEc2List(
    keypair,
    io,
    'key pairs',
    [
      { key: 'name', header: 'Name' },
      { key: 'fingerprint', header: 'Fingerprint' },
    ],
    async function* (d) {
      for await (const k of d.listKeyPairs()) yield { name: k.name, fingerprint: k.fingerprint };
    },
  );
  keypair
    .command('create <name>')
    .description('create a key pair; prints the private key once')
    .option('--public-key <file>', 'import this public key instead')
    .action((name: string, o: { publicKey?: string }, c: Command) =>
      withEc2Driver(c, io, async (d, options) => {
        const pair =
          o.publicKey === undefined
            ? await d.createKeyPair(name)
            : await d.importKeyPairFromFile(name, o.publicKey);
        if (pair.privateKey !== undefined && options.format === 'table')
          io.stdout.write(pair.privateKey.endsWith('\n') ? pair.privateKey : `${pair.privateKey}\n`);
        else
          printRecord(io, options.format, {
            name: pair.name,
            fingerprint: pair.fingerprint,
            privateKey: pair.privateKey,
          });
      }),
    );
  keypair
    .command('delete <name>')
    .description('delete a key pair')
    .action((name: string, _o: unknown, c: Command) => withEc2Driver(c, io, (d) => d.deleteKeyPair(name)));
}

function registerEc2Volumes(program: Command, io: CliIo): void {
  const volume = program.command('volume').description('EBS volumes');
  addEc2List(
    volume,
    io,
    'volumes',
    [
      { key: 'id', header: 'ID' },
      { key: 'name', header: 'Name' },
      { key: 'sizeGb', header: 'Size (GB)' },
      { key: 'state', header: 'State' },
    ],
    async function* (d) {
      for await (const v of d.listVolumes())
        yield { id: v.id, name: v.name, sizeGb: v.sizeGb, state: v.state };
    },
  );
  volume
    .command('create <name>')
    .description('create a volume')
    .requiredOption('--size <gb>', 'size in GiB')
    .option('--zone <zone>', 'availability zone')
    .action((name: string, o: { size: string; zone?: string }, c: Command) =>
      withEc2Driver(c, io, async (d, options) => {
        const v = await d.createVolume({ name, sizeGb: Number(o.size), location: o.zone });
        printRecord(io, options.format, { id: v.id, name: v.name, sizeGb: v.sizeGb, state: v.state });
      }),
    );
  registerEc2VolumeActions(volume, io);
}

function registerEc2VolumeActions(volume: Command, io: CliIo): void {
  volume
    .command('delete <id>')
    .description('delete a volume')
    .action((id: string, _o: unknown, c: Command) => withEc2Driver(c, io, (d) => d.destroyVolume(id)));
  volume
    .command('attach <server> <volume>')
    .description('attach a volume')
    .option('--device <path>', 'device, e.g. /dev/sdf')
    .action((server: string, id: string, o: { device?: string }, c: Command) =>
      withEc2Driver(c, io, (d) => d.attachVolume(server, id, { device: o.device })),
    );
  volume
    .command('detach <volume>')
    .description('detach a volume')
    .action((id: string, _o: unknown, c: Command) => withEc2Driver(c, io, (d) => d.detachVolume(id)));
}

/**
 * `stratus --provider ec2 flavor|size list`, `image list|delete`, `keypair list|create|import|delete`,
 * `volume list|create|delete|attach|detach`.
 * @param program - The EC2 program.
 * @param io - Streams and environment.
 */
export function registerEc2Resources(program: Command, io: CliIo): void {
  registerEc2Flavors(program, io);
  registerEc2Images(program, io);
  registerEc2Keypairs(program, io);
  registerEc2Volumes(program, io);
}
