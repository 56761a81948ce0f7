import type { Command } from 'commander';
import type { Node } from '../../compute/models/node.ts';
import type { Ec2NodeDriver } from '../../drivers/ec2/driver.ts';
import { ExitCode } from '../exit-code.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { withEc2Driver } from './open-driver.ts';

type Row = Readonly<Record<string, unknown>>;

function nodeRow(node: Node<unknown>): Row {
  return {
    id: node.id,
    name: node.name,
    state: node.state,
    publicIps: node.publicIps.join(', '),
    privateIps: node.privateIps.join(', '),
    size: node.sizeId ?? '',
    image: node.imageId ?? '',
  };
}

const NODE_COLUMNS: readonly Column<Row>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Name' },
  { key: 'state', header: 'State' },
  { key: 'publicIps', header: 'Public IPs' },
  { key: 'privateIps', header: 'Private IPs' },
  { key: 'size', header: 'Size' },
  { key: 'image', header: 'Image' },
];

/** Rows of a list command: an async iterable (every page) or an array. */
export type RowSource = (driver: Ec2NodeDriver) => AsyncIterable<Row> | Promise<Row[]>;

/**
 * Adds a `list` subcommand printing `rows` with `columns`.
 * @param parent - The command group.
 * @param io - Streams and environment.
 * @param name - What is listed, for the help.
 * @param columns - The table columns.
 * @param rows - Where the rows come from.
 */
export function addEc2List(
  parent: Command,
  io: CliIo,
  name: string,
  columns: readonly Column<Row>[],
  rows: RowSource,
): void {
  parent
    .command('list')
    .description(`list ${name}`)
    .action((_o: unknown, command: Command) =>
      withEc2Driver(command, io, async (driver, options) => {
        const source = rows(driver);
        const all = source instanceof Promise ? await source : await Array.fromAsync(source);
        printList(io, options.format, columns, all);
      }),
    );
}

function registerEc2ServerShow(server: Command, io: CliIo): void {
  server
    .command('show <id>')
    .description('show an instance')
    .action((id: string, _o: unknown, command: Command) =>
      withEc2Driver(command, io, async (driver, options) => {
        const node = await driver.getNode(id);
        if (node === undefined) {
          io.stderr.write(`No instance ${id} (or it is terminated)\n`);
          throw new ExitCode(1);
        }
        printRecord(io, options.format, { ...nodeRow(node), ...(node.extra as object) });
      }),
    );
}

function registerEc2ServerCreate(server: Command, io: CliIo): void {
  server
    .command('create <name>')
    .description('launch one instance')
    .requiredOption('--size <type>', 'instance type, e.g. t3.micro')
    .requiredOption('--image <ami>', 'AMI id')
    .option('--zone <zone>', 'availability zone')
    .option('--key-name <name>', 'key pair')
    .option('--wait', 'wait until it runs')
    .action(
      (
        name: string,
        o: { size: string; image: string; zone?: string; keyName?: string; wait?: boolean },
        command: Command,
      ) =>
        withEc2Driver(command, io, async (driver, options) => {
          let node = await driver.createNode({
            name,
            size: o.size,
            image: o.image,
            location: o.zone,
            keyName: o.keyName,
          });
          if (o.wait === true) node = (await driver.waitUntilRunning(node))[0] ?? node;
          printRecord(io, options.format, nodeRow(node));
        }),
    );
}

function registerEc2ServerActions(server: Command, io: CliIo): void {
  const actions = [
    ['delete', 'terminate an instance', (d, id) => d.destroyNode(id)],
    ['reboot', 'reboot an instance', (d, id) => d.rebootNode(id)],
    ['stop', 'stop an instance', (d, id) => d.stopNode(id)],
    ['start', 'start a stopped instance', (d, id) => d.startNode(id)],
  ] as const satisfies readonly (readonly [
    string,
    string,
    (d: Ec2NodeDriver, id: string) => Promise<void>,
  ])[];
  for (const [verb, help, act] of actions) {
    server
      .command(`${verb} <id...>`)
      .description(help)
      .action((ids: string[], _o: unknown, command: Command) =>
        withEc2Driver(command, io, async (driver) => {
          for (const id of ids) await act(driver, id);
        }),
      );
  }
}

/**
 * `stratus --provider ec2 server …`: list, show, create, delete, reboot, stop, start.
 * @param program - The EC2 program.
 * @param io - Streams and environment.
 */
export function registerEc2Server(program: Command, io: CliIo): void {
  const server = program.command('server').description('EC2 instances');
  addEc2List(
    server,
    io,
    'instances (every page; terminated ones left out)',
    NODE_COLUMNS,
    async function* (d) {
      for await (const node of d.listNodes()) yield nodeRow(node);
    },
  );
  registerEc2ServerShow(server, io);
  registerEc2ServerCreate(server, io);
  registerEc2ServerActions(server, io);
}
