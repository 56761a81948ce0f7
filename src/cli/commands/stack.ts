import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type {
  Stack,
  StackRef,
  StackTemplateOptions,
} from '../../drivers/openstack/orchestration/stacks/types.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { found } from '../found.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { keyValues, progressWait, repeat, withDriver } from './compute-common.ts';
import { addListCommand } from './list-command.ts';
import { wholeNumber } from './network.ts';

type Driver = Parameters<Parameters<typeof withDriver>[2]>[0];

const COLUMNS: readonly Column<Stack>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Stack Name' },
  { key: 'status', header: 'Stack Status' },
  { key: 'createdAt', header: 'Creation Time' },
  { key: 'updatedAt', header: 'Updated Time' },
];

function record(s: Stack): Record<string, unknown> {
  return {
    id: s.id,
    stack_name: s.name,
    stack_status: s.status,
    stack_status_reason: s.statusReason,
    description: s.description,
    creation_time: s.createdAt,
    updated_time: s.updatedAt,
    parameters: s.parameters,
    outputs: Object.fromEntries(s.outputs.map((o) => [o.key, o.value])),
  };
}

interface TemplateFlags {
  readonly template: string;
  readonly parameter?: string[];
  readonly environment?: string;
  readonly timeout?: string;
  readonly wait?: boolean;
}

async function templateOptions(flags: TemplateFlags): Promise<StackTemplateOptions> {
  return {
    template: await readFile(flags.template, 'utf8'),
    parameters: keyValues(flags.parameter, '--parameter'),
    environment: flags.environment === undefined ? undefined : await readFile(flags.environment, 'utf8'),
    timeoutMins: wholeNumber(flags.timeout, '--timeout'),
  };
}

async function wait(io: CliIo, driver: Driver, ref: StackRef, action: 'CREATE' | 'UPDATE' | 'DELETE') {
  const progress = progressWait<Stack>(io, ref.name);
  try {
    return await driver.ext.orchestration.waitForStack(ref, action, progress.options);
  } finally {
    progress.done();
  }
}

function withTemplateFlags(command: Command): Command {
  return command
    .requiredOption('-t, --template <file>', 'the HOT template (YAML or JSON)')
    .option('--parameter <key=value>', 'a parameter value (repeatable)', repeat)
    .option('-e, --environment <file>', 'an environment file')
    .option('--timeout <minutes>', 'fail the operation after this long')
    .option('--wait', 'wait until it completes, with progress');
}

function registerDetails(stack: Command, io: CliIo): void {
  const output = stack.command('output').description('stack outputs');
  registerStackOutputs(output, io);
  registerStackResource(stack, io);
  registerStackEvent(stack, io);
}

function registerStackOutputs(output: Command, io: CliIo): void {
  output
    .command('list <stack>')
    .description('list a stack’s outputs')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const s = await found(driver.ext.orchestration.findStack(ref), 'stack', ref);
        printList(
          io,
          format,
          [
            { key: 'key', header: 'Output Key' },
            { key: 'description', header: 'Description' },
          ],
          s.outputs,
        );
      });
    });
  output
    .command('show <stack> <output>')
    .description('show one output’s value')
    .action(async (ref: string, key: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const stack = await found(driver.ext.orchestration.findStack(ref), 'stack', ref);
        const output = stack.outputs.find((o) => o.key === key);
        printRecord(io, format, {
          output_key: key,
          output_value: output?.value,
          description: output?.description,
          output_error: output?.error,
        });
      });
    });
}

function registerStackResource(stack: Command, io: CliIo): void {
  stack
    .command('resource')
    .description('stack resources')
    .command('list <stack>')
    .description('list a stack’s resources')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        const columns = [
          { key: 'name', header: 'Resource Name' },
          { key: 'physicalId', header: 'Physical Resource ID' },
          { key: 'type', header: 'Resource Type' },
          { key: 'status', header: 'Resource Status' },
        ] as const;
        printList(
          io,
          format,
          columns,
          await heat.listStackResources(await found(heat.findStack(ref), 'stack', ref)),
        );
      });
    });
}

function registerStackEvent(stack: Command, io: CliIo): void {
  stack
    .command('event')
    .description('stack events')
    .command('list <stack>')
    .description('list a stack’s events, oldest first')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        const events = await Array.fromAsync(
          heat.listStackEvents(await found(heat.findStack(ref), 'stack', ref)),
        );
        const columns = [
          { key: 'time', header: 'Time' },
          { key: 'resourceName', header: 'Resource' },
          { key: 'status', header: 'Status' },
          { key: 'statusReason', header: 'Reason' },
        ] as const;
        printList(io, format, columns, events);
      });
    });
}

function registerStackBasics(stack: Command, io: CliIo): void {
  addListCommand(stack, io, {
    description: 'list stacks (every page)',
    columns: COLUMNS,
    rows: (driver) => driver.ext.orchestration.listStacks(),
  });
  stack
    .command('show <stack>')
    .description('show a stack with its outputs (name or id)')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) =>
        printRecord(io, format, record(await found(driver.ext.orchestration.findStack(ref), 'stack', ref))),
      );
    });
  withTemplateFlags(stack.command('create <name>').description('create a stack from a template')).action(
    async (name: string, flags: TemplateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        const ref = await heat.createStack({ name, ...(await templateOptions(flags)) });
        const done = flags.wait ? await wait(io, driver, ref, 'CREATE') : undefined;
        printRecord(io, format, done === undefined ? { id: ref.id, stack_name: ref.name } : record(done));
      });
    },
  );
}

function registerStackChanges(stack: Command, io: CliIo): void {
  withTemplateFlags(stack.command('update <stack>').description('update a stack with a new template'))
    .option('--existing', 'keep the current template parts and parameters not given (PATCH)')
    .action(async (ref: string, flags: TemplateFlags & { existing?: boolean }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        const current = await found(heat.findStack(ref), 'stack', ref);
        await heat.updateStack(current, await templateOptions(flags), flags.existing ?? false);
        if (flags.wait) await wait(io, driver, current, 'UPDATE');
      });
    });
  stack
    .command('delete <stacks...>')
    .description('delete stacks; with --wait, until Heat reports DELETE_COMPLETE (DELETE_FAILED is an error)')
    .option('--wait', 'wait until each is really deleted')
    .option('-y, --yes', 'do not ask (Stratus never asks; accepted for the openstack CLI’s sake)')
    .action(async (refs: readonly string[], flags: { wait?: boolean }, command: Command) => {
      await withDriver(command, io, async (driver) => {
        const heat = driver.ext.orchestration;
        for (const ref of refs) {
          const current = await found(heat.findStack(ref), 'stack', ref);
          await heat.deleteStack(current);
          if (flags.wait) await wait(io, driver, current, 'DELETE');
        }
      });
    });
}

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
