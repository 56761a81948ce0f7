// What the `stack` commands share: the printed record, template flags, `--wait`.

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type {
  Stack,
  StackRef,
  StackTemplateOptions,
} from '../../../drivers/openstack/orchestration/stacks/types.ts';
import type { OpenStackNodeDriver } from '../../../drivers/openstack/v1-1/driver.ts';
import type { CliIo } from '../../io.ts';
import type { Column } from '../../output.ts';
import { keyValues, repeat } from '../flag-values.ts';
import { wholeNumber } from '../network.ts';
import { progressWait } from '../progress-wait.ts';

/** The columns of `stack list`. */
export const COLUMNS: readonly Column<Stack>[] = [
  { key: 'id', header: 'ID' },
  { key: 'name', header: 'Stack Name' },
  { key: 'status', header: 'Stack Status' },
  { key: 'createdAt', header: 'Creation Time' },
  { key: 'updatedAt', header: 'Updated Time' },
];

/**
 * @param s - The stack.
 * @returns The record `stack show` prints, named as the `openstack` CLI names the fields.
 */
export function record(s: Stack): Record<string, unknown> {
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

/** The flags of `stack create` and `stack update`. */
export interface TemplateFlags {
  readonly template: string;
  readonly parameter?: string[];
  readonly environment?: string;
  readonly timeout?: string;
  readonly wait?: boolean;
}

/**
 * Reads the template and environment files and parses the parameters.
 *
 * @param flags - The parsed flags.
 * @returns The template options for Heat.
 */
export async function templateOptions(flags: TemplateFlags): Promise<StackTemplateOptions> {
  return {
    template: await readFile(flags.template, 'utf8'),
    parameters: keyValues(flags.parameter, '--parameter'),
    environment: flags.environment === undefined ? undefined : await readFile(flags.environment, 'utf8'),
    timeoutMins: wholeNumber(flags.timeout, '--timeout'),
  };
}

/**
 * Waits for a stack action to finish, with a progress line on stderr.
 *
 * @param io - Environment and output streams.
 * @param driver - The driver.
 * @param ref - The stack.
 * @param action - The action to wait for.
 * @returns The stack once the action is complete (`undefined` once a deleted stack is gone).
 */
export async function wait(
  io: CliIo,
  driver: OpenStackNodeDriver,
  ref: StackRef,
  action: 'CREATE' | 'UPDATE' | 'DELETE',
): Promise<Stack | undefined> {
  const progress = progressWait<Stack>(io, ref.name);
  try {
    return await driver.ext.orchestration.waitForStack(ref, action, progress.options);
  } finally {
    progress.done();
  }
}

/**
 * Adds `--template`, `--parameter`, `--environment`, `--timeout` and `--wait`.
 *
 * @param command - The command.
 * @returns The command.
 */
export function withTemplateFlags(command: Command): Command {
  return command
    .requiredOption('-t, --template <file>', 'the HOT template (YAML or JSON)')
    .option('--parameter <key=value>', 'a parameter value (repeatable)', repeat)
    .option('-e, --environment <file>', 'an environment file')
    .option('--timeout <minutes>', 'fail the operation after this long')
    .option('--wait', 'wait until it completes, with progress');
}
