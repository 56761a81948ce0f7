import type { Command } from 'commander';
import { found } from '../../found.ts';
import type { CliIo } from '../../io.ts';
import { withDriver } from '../compute-common.ts';
import { type TemplateFlags, templateOptions, wait, withTemplateFlags } from './shared.ts';

/**
 * Registers `stack update` and `stack delete` (with `--wait`, until Heat reports the end).
 *
 * @param stack - The `stack` command.
 * @param io - Environment and output streams.
 */
export function registerStackChanges(stack: Command, io: CliIo): void {
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
