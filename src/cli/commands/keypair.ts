import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Keypair } from '../../drivers/openstack/compute/keypairs/types.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import type { CliIo } from '../io.ts';
import { type Column, printList, printRecord } from '../output.ts';
import { withDriver } from './compute-common.ts';

const COLUMNS: readonly Column<Keypair>[] = [
  { key: 'name', header: 'Name' },
  { key: 'fingerprint', header: 'Fingerprint' },
  { key: 'type', header: 'Type' },
];

interface CreateFlags {
  readonly publicKey?: string;
  readonly privateKey?: string;
}

function registerKeypairReads(keypair: Command, io: CliIo): void {
  keypair
    .command('list')
    .description('list key pairs')
    .action(async (_options: unknown, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        printList(io, format, COLUMNS, await Array.fromAsync(driver.ext.compute.listKeypairs()));
      });
    });
  keypair
    .command('show <name>')
    .description('show one key pair')
    .option('--public-key', 'print only the public key')
    .action(async (name: string, options: { readonly publicKey?: boolean }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        const k = await driver.ext.compute.getKeypair(name);
        if (options.publicKey) io.stdout.write(`${k.publicKey}\n`);
        else
          printRecord(io, format, {
            name: k.name,
            fingerprint: k.fingerprint,
            type: k.type,
            user_id: k.userId,
            created_at: k.createdAt,
            public_key: k.publicKey,
          });
      });
    });
}

function registerKeypairCreate(keypair: Command, io: CliIo): void {
  keypair
    .command('create <name>')
    .description('import --public-key, or generate a pair and print (or --private-key save) the private key')
    .option('--public-key <file>', 'import this OpenSSH public key file')
    .option('--private-key <file>', 'save the generated private key to this file (mode 0600)')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withDriver(command, io, async (driver) => {
        if (flags.publicKey !== undefined) {
          const k = await driver.importKeyPairFromFile(name, flags.publicKey);
          printRecord(io, format, { name: k.name, fingerprint: k.fingerprint, type: k.extra.type });
          return;
        }
        const k = await driver.createKeyPair(name);
        if (flags.privateKey !== undefined) {
          await writeFile(flags.privateKey, k.privateKey ?? '', { mode: 0o600 });
          printRecord(io, format, {
            name: k.name,
            fingerprint: k.fingerprint,
            private_key_file: flags.privateKey,
          });
        } else {
          io.stdout.write(k.privateKey ?? '');
        }
      });
    });
}

/**
 * Registers `stratus keypair list|show|create|delete`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerKeypairCommands: RegisterCommandGroup = (program, io) => {
  const keypair = program.command('keypair').description('SSH key pairs (Nova)');
  registerKeypairReads(keypair, io);
  registerKeypairCreate(keypair, io);
  keypair
    .command('delete <names...>')
    .description('delete key pairs')
    .action(async (names: readonly string[], _options: unknown, command: Command) => {
      await withDriver(command, io, async (driver) => {
        for (const name of names) await driver.deleteKeyPair(name);
      });
    });
};
