import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type {
  BlockDeviceMapping,
  ServerNetwork,
} from '../../drivers/openstack/compute/servers/create-request.ts';
import type { Server } from '../../drivers/openstack/compute/servers/types.ts';
import type { OpenStackNodeDriver } from '../../drivers/openstack/v1-1/driver.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { printRecord } from '../output.ts';
import { findFlavorRef, findImageId, findNetworkId, withDriver } from './compute-common.ts';
import { keyValues, repeat } from './flag-values.ts';
import { progressWait } from './progress-wait.ts';
import { serverRecord } from './server-record.ts';

interface CreateFlags {
  readonly image?: string;
  readonly flavor: string;
  readonly network?: string[];
  readonly port?: string[];
  readonly nic?: string[];
  readonly keyName?: string;
  readonly securityGroup?: string[];
  readonly userData?: string;
  readonly property?: string[];
  readonly availabilityZone?: string;
  readonly configDrive?: boolean;
  readonly bootFromVolume?: string;
  readonly tag?: string[];
  readonly hint?: string[];
  readonly description?: string;
  readonly wait?: boolean;
}

async function nicOf(driver: OpenStackNodeDriver, spec: string): Promise<ServerNetwork> {
  const fields = keyValues(spec.split(','), '--nic') ?? {};
  const net = fields['net-id'] ?? fields.net;
  return {
    networkId: net === undefined ? undefined : await findNetworkId(driver, net),
    portId: fields['port-id'],
    fixedIp: fields['v4-fixed-ip'] ?? fields['v6-fixed-ip'],
    tag: fields.tag,
  };
}

async function networksOf(
  driver: OpenStackNodeDriver,
  flags: CreateFlags,
): Promise<ServerNetwork[] | 'auto' | 'none' | undefined> {
  const special = flags.network?.find((n) => n === 'auto' || n === 'none');
  if (special === 'auto' || special === 'none') return special;
  const out: ServerNetwork[] = [];
  for (const ref of flags.network ?? []) out.push({ networkId: await findNetworkId(driver, ref) });
  for (const port of flags.port ?? []) out.push({ portId: port });
  for (const nic of flags.nic ?? []) out.push(await nicOf(driver, nic));
  return out.length > 0 ? out : undefined;
}

function bootVolume(imageId: string | undefined, size: string | undefined): BlockDeviceMapping[] | undefined {
  if (size === undefined) return undefined;
  const sizeGb = Number(size);
  if (!Number.isInteger(sizeGb) || sizeGb < 1)
    throw new ConfigurationError('`--boot-from-volume` takes a size in GB');
  if (imageId === undefined)
    throw new ConfigurationError('`--boot-from-volume` needs `--image` to copy onto the volume');
  return [
    { sourceType: 'image', uuid: imageId, bootIndex: 0, volumeSizeGb: sizeGb, deleteOnTermination: true },
  ];
}

async function create(driver: OpenStackNodeDriver, name: string, flags: CreateFlags): Promise<Server> {
  const flavor = await findFlavorRef(driver, flags.flavor);
  const imageId = flags.image === undefined ? undefined : await findImageId(driver, flags.image);
  const bdm = bootVolume(imageId, flags.bootFromVolume);
  const node = await driver.createNode({
    name,
    size: flavor.id,
    image: bdm === undefined ? imageId : undefined,
    location: flags.availabilityZone,
    keyName: flags.keyName,
    networks: await networksOf(driver, flags),
    securityGroups: flags.securityGroup,
    userData: flags.userData === undefined ? undefined : await readFile(flags.userData),
    metadata: keyValues(flags.property, '--property'),
    configDrive: flags.configDrive,
    blockDeviceMappings: bdm,
    tags: flags.tag,
    schedulerHints: keyValues(flags.hint, '--hint'),
    description: flags.description,
    // --wait fetches the server anyway: skip the extra GET that hydrates the create answer.
    hydrate: flags.wait !== true,
  });
  return node.extra;
}

/**
 * Registers `stratus server create NAME --image --flavor --network --key-name … [--wait]`.
 *
 * @param server - The `server` command group.
 * @param io - Environment and output streams.
 */
export function registerServerCreate(server: Command, io: CliIo): void {
  server
    .command('create <name>')
    .description('create a server')
    .option('--image <image>', 'image name or id')
    .requiredOption('--flavor <flavor>', 'flavor name or id')
    .option('--network <network>', 'network name or id (repeatable; "auto" or "none")', repeat)
    .option('--port <port>', 'existing port id (repeatable)', repeat)
    .option('--nic <spec>', 'net-id=…,v4-fixed-ip=…,port-id=…,tag=… (repeatable)', repeat)
    .option('--key-name <name>', 'key pair to inject')
    .option('--security-group <name>', 'security group (repeatable)', repeat)
    .option('--user-data <file>', 'user data file (cloud-init)')
    .option('--property <key=value>', 'metadata (repeatable)', repeat)
    .option('--availability-zone <zone>', 'availability zone')
    .option('--config-drive', 'attach a config drive')
    .option('--boot-from-volume <sizeGb>', 'boot from a new volume of this size made from --image')
    .option('--tag <tag>', 'server tag (repeatable)', repeat)
    .option('--hint <key=value>', 'scheduler hint (repeatable)', repeat)
    .option('--description <text>', 'description')
    .option('--wait', 'wait until ACTIVE, with progress on stderr')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        let result = await create(driver, name, flags);
        if (flags.wait) {
          const progress = progressWait<Server>(io, name);
          result =
            (await driver.ext.compute.waitForServerStatus(result.id, ['ACTIVE'], progress.options)) ?? result;
          progress.done();
        }
        printRecord(io, format, serverRecord(result));
      });
    });
}
