import type { Command } from 'commander';
import { type CatalogEndpoint, toEndpointInterface } from '../../auth/catalog/model.ts';
import type { EndpointSelector, SelectionResult, SelectionStep } from '../../auth/catalog/select.ts';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { ExitCode } from '../exit-code.ts';
import type { OutputFormat } from '../global-options.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { withSession } from '../open-session.ts';
import { type Column, printList, printRecord } from '../output.ts';

const ENDPOINT_COLUMNS: readonly Column<CatalogEndpoint>[] = [
  { key: 'type', header: 'Type' },
  { key: 'name', header: 'Name' },
  { key: 'region', header: 'Region' },
  { key: 'interface', header: 'Interface' },
  { key: 'url', header: 'URL' },
  { key: 'id', header: 'ID' },
];

const STEP_COLUMNS: readonly Column<SelectionStep>[] = [
  { key: 'step', header: 'Step' },
  { key: 'wanted', header: 'Wanted' },
  { key: 'before', header: 'Before' },
  { key: 'after', header: 'After' },
  { key: 'detail', header: 'Detail' },
];

interface ExplainOptions {
  readonly serviceType: string;
  readonly serviceName?: string;
  readonly region?: string;
  readonly interface?: string;
}

function selectorFrom(options: ExplainOptions): EndpointSelector {
  const iface = options.interface === undefined ? undefined : toEndpointInterface(options.interface);
  if (options.interface !== undefined && iface === undefined) {
    throw new ConfigurationError(
      `\`--interface\` must be public, internal or admin, got ${options.interface}`,
    );
  }
  return { type: options.serviceType, name: options.serviceName, region: options.region, interface: iface };
}

function printExplanation(io: CliIo, format: OutputFormat, result: SelectionResult): void {
  if (format === 'json') {
    const outcome = result.ok ? { endpoint: result.endpoint } : { error: result.error.message };
    printRecord(io, format, { ok: result.ok, ...outcome, steps: result.steps });
    return;
  }
  printList(io, format, STEP_COLUMNS, result.steps);
  io.stdout.write(
    result.ok ? `Selected: ${result.endpoint.url}\n` : `No endpoint: ${result.error.message}\n`,
  );
}

/**
 * Registers `stratus catalog list` and `stratus catalog explain`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerCatalogCommands: RegisterCommandGroup = (program, io) => {
  const catalog = program.command('catalog').description('the service catalog of the current token');
  catalog
    .command('list')
    .description('list every endpoint: type, name, region, interface, URL')
    .action(async (_options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withSession(command, io, async (session) => {
        printList(io, format, ENDPOINT_COLUMNS, (await session.catalog()).endpoints);
      });
    });
  catalog
    .command('explain')
    .description('walk the endpoint selection step by step; on failure say why and what is closest')
    .requiredOption('--service-type <type>', 'service type, e.g. compute or block-storage (aliases followed)')
    .option('--service-name <name>', 'service name, e.g. nova')
    .option('--region <region>', 'region (default: the cloud region)')
    .option(
      '--interface <interface>',
      'public, internal or admin (default: the cloud interface, else public)',
    )
    .action(async (options: ExplainOptions, command: Command) => {
      const { format } = readGlobalOptions(command);
      const selector = selectorFrom(options);
      const result = await withSession(command, io, (session) => session.explainEndpoint(selector));
      printExplanation(io, format, result);
      if (!result.ok) throw new ExitCode(1);
    });
};
