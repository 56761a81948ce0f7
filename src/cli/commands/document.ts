import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { createFacade } from '../../facade/create-facade.ts';
import { parseDocument } from '../../facade/document/parse.ts';
import type { DeploymentReport } from '../../facade/document/report.ts';
import type { DeploymentDocument } from '../../facade/document/types.ts';
import type { DeploymentEngine } from '../../facade/engines/engine.ts';
import type { FacadeDriver } from '../../facade/types.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { ExitCode } from '../exit-code.ts';
import { acceptDocumentFiles, readDocumentFiles, readFormat } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { withDriver } from './compute-common.ts';
import { registerImportCommand } from './document-import.ts';
import { printReport, progressLines } from './document-output.ts';
import { keyValues, repeat } from './flag-values.ts';

/**
 * Opens the driver of the command line's provider and runs `body` with it (then closes it).
 *
 * @param command - The running command.
 * @param io - Environment and output streams.
 * @param body - What to do with the driver.
 */
export type OpenFacadeDriver = (
  command: Command,
  io: CliIo,
  body: (driver: FacadeDriver) => Promise<void>,
) => Promise<void>;

interface DocumentFlags {
  readonly engine?: string;
  readonly parameter?: string[];
  readonly deployment?: string;
}

function engineFor(driver: FacadeDriver, name: string | undefined): DeploymentEngine {
  if (name !== undefined && name !== 'direct' && name !== 'stack')
    throw new ConfigurationError(`--engine must be direct or stack, got ${name}`);
  return createFacade(driver).engine(name);
}

async function readDocument(command: Command, flags: DocumentFlags): Promise<DeploymentDocument | undefined> {
  const files = readDocumentFiles(command);
  if (files.length > 1) throw new ConfigurationError(`give one document with -f, got ${files.join(', ')}`);
  const file = files[0];
  if (file === undefined) return undefined;
  return parseDocument(await readFile(file, 'utf8'), {
    parameters: keyValues(flags.parameter, '--parameter'),
  });
}

async function requireDocument(command: Command, flags: DocumentFlags): Promise<DeploymentDocument> {
  const document = await readDocument(command, flags);
  if (document === undefined) throw new ConfigurationError('give the document with -f <file.yaml|file.json>');
  return document;
}

function finish(command: Command, io: CliIo, report: DeploymentReport): void {
  printReport(io, readFormat(command), report);
  if (!report.ok) throw new ExitCode(1);
}

function documentCommand(program: Command, name: string, description: string): Command {
  return acceptDocumentFiles(
    program
      .command(name)
      .description(`${description} (-f <document>; -f json for JSON output)`)
      .option('--engine <engine>', 'direct (API calls, default) or stack (Heat)')
      .option('--parameter <key=value>', 'a document parameter (repeatable)', repeat),
  );
}

/**
 * Registers `plan`, `apply`, `destroy` and `import`: deployment documents (Open4k semantics) from the command line.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerDocumentCommands: RegisterCommandGroup = (program, io) =>
  registerDocumentCommandsOver(program, io, (command, cliIo, body) => withDriver(command, cliIo, body));

/**
 * Registers `plan`, `apply`, `destroy` and `import` over any provider's driver (OpenStack, EC2…): the commands
 * only use `createFacade(driver)`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 * @param open - Opens the provider's driver.
 */
export function registerDocumentCommandsOver(program: Command, io: CliIo, open: OpenFacadeDriver): void {
  documentCommand(program, 'plan', 'say what apply would do, changing nothing').action(
    async (flags: DocumentFlags, command: Command) => {
      const document = await requireDocument(command, flags);
      await open(command, io, async (driver) =>
        finish(command, io, await engineFor(driver, flags.engine).plan(document)),
      );
    },
  );
  documentCommand(program, 'apply', 'create or repair what the document describes (idempotent)').action(
    async (flags: DocumentFlags, command: Command) => {
      const document = await requireDocument(command, flags);
      await open(command, io, async (driver) => {
        const report = await engineFor(driver, flags.engine).apply(document, {
          onProgress: progressLines(io, 'apply'),
        });
        finish(command, io, report);
      });
    },
  );
  documentCommand(program, 'destroy', 'delete what the deployment owns (adopted resources stay)')
    .option('--deployment <id>', 'destroy by deployment id, without the document')
    .action(async (flags: DocumentFlags, command: Command) => {
      const target = (await readDocument(command, flags)) ?? flags.deployment;
      if (target === undefined)
        throw new ConfigurationError('give the document with -f <file> or --deployment <id>');
      await open(command, io, async (driver) => {
        const report = await engineFor(driver, flags.engine).destroy(target, {
          onProgress: progressLines(io, 'destroy'),
        });
        finish(command, io, report);
      });
    });
  registerImportCommand(program, io, open);
}
