import type { Command } from 'commander';
import { found } from '../../found.ts';
import { readGlobalOptions } from '../../global-options.ts';
import type { CliIo } from '../../io.ts';
import { printList, printRecord } from '../../output.ts';
import { withDriver } from '../compute-common.ts';

/**
 * Registers `stack output list|show`, `stack resource list` and `stack event list`.
 *
 * @param stack - The `stack` command.
 * @param io - Environment and output streams.
 */
export function registerDetails(stack: Command, io: CliIo): void {
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
