import type { Command } from 'commander';
import { stringify } from 'yaml';
import { ConfigurationError } from '../../errors/configuration-error.ts';
import { directCapable } from '../../facade/deployments.ts';
import { isDocumentKind, KIND_ORDER } from '../../facade/document/kinds/index.ts';
import type { ResourceSpec } from '../../facade/document/types.ts';
import { directProvider } from '../../facade/engines/direct/backends/index.ts';
import { portsFromCapabilities } from '../../facade/engines/direct/from-capabilities/index.ts';
import { readFormat } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import type { OpenFacadeDriver } from './document.ts';

function logicalName(name: string, fallback: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[^A-Za-z]+/, '');
  return cleaned === '' ? fallback : cleaned.slice(0, 63);
}

/**
 * Registers `stratus import <kind> <name|id>`: prints a document fragment that adopts an existing object with
 * `managed: false` (Open4k's `import_resources`).
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 * @param open - Opens the provider's driver.
 */
export function registerImportCommand(program: Command, io: CliIo, open: OpenFacadeDriver): void {
  program
    .command('import')
    .description(
      `print a document fragment adopting an existing object (managed: false); kinds: ${KIND_ORDER.join(', ')}`,
    )
    .argument('<kind>', 'the document kind, e.g. network')
    .argument('<nameOrId>', 'the object name or id')
    .option('--as <name>', 'the logical name in the document')
    .action(async (kind: string, nameOrId: string, flags: { as?: string }, command: Command) => {
      if (!isDocumentKind(kind))
        throw new ConfigurationError(`<kind> must be one of ${KIND_ORDER.join(', ')}, got ${kind}`);
      await open(command, io, async (driver) => {
        const provider = directProvider(portsFromCapabilities(directCapable(driver)));
        const probe = (id: string | undefined) =>
          ({ kind, name: 'import', managed: false, cloudName: nameOrId, id, dependsOn: [] }) as ResourceSpec;
        const backend = provider.backends[kind];
        const found =
          (await backend.find(probe(undefined) as never, '')) ??
          (await backend.find(probe(nameOrId) as never, ''));
        if (found === undefined) throw new ConfigurationError(`no ${kind} named or with id "${nameOrId}"`);
        const fragment = {
          resources: {
            [flags.as ?? logicalName(found.name, kind)]: {
              kind,
              managed: false,
              id: found.id,
              name: found.name || undefined,
            },
          },
        };
        const json = readFormat(command) === 'json';
        io.stdout.write(json ? `${JSON.stringify(fragment, null, 2)}\n` : stringify(fragment));
      });
    });
}
