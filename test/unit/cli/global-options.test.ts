import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { normaliseDebugFlag } from '../../../src/cli/debug-target.ts';
import {
  acceptDocumentFiles,
  addGlobalOptions,
  readDocumentFiles,
  readGlobalOptions,
} from '../../../src/cli/global-options.ts';

function parse(args: string[]) {
  const program = addGlobalOptions(new Command().exitOverride());
  let seen: ReturnType<typeof readGlobalOptions> | undefined;
  program.command('x').action((_o, command: Command) => {
    seen = readGlobalOptions(command);
  });
  program.parse(normaliseDebugFlag(args), { from: 'user' });
  if (seen === undefined) throw new Error('action did not run');
  return seen;
}

describe('global options', () => {
  it('maps --os-* flags onto openstacksdk keys, before or after the subcommand', () => {
    const globals = parse([
      '--os-auth-url',
      'https://k/v3',
      'x',
      '--os-username',
      'demo',
      '--os-project-domain-name',
      'Default',
      '--os-region-name',
      'R2',
      '--os-interface',
      'internal',
      '--insecure',
    ]);
    expect(globals.overrides).toEqual({
      region_name: 'R2',
      interface: 'internal',
      verify: false,
      auth: { auth_url: 'https://k/v3', username: 'demo', project_domain_name: 'Default' },
    });
  });

  it('--cloud is --os-cloud; -f json; --debug', () => {
    expect(parse(['--cloud', 'a', 'x'])).toMatchObject({ cloud: 'a', format: 'table', debug: undefined });
    expect(parse(['--os-cloud', 'b', '-f', 'json', '--debug', 'x'])).toMatchObject({
      cloud: 'b',
      format: 'json',
      debug: '-',
    });
    expect(parse(['--debug=/tmp/t.log', 'x'])).toMatchObject({ debug: '/tmp/t.log' });
    expect(normaliseDebugFlag(['x', '--', '--debug'])).toEqual(['x', '--', '--debug']);
  });

  it('rejects an unknown format', () => {
    expect(() => parse(['-f', 'yaml', 'x'])).toThrow(/Allowed choices are table, json/);
  });
});

describe('-f for document commands', () => {
  function parseDocumentCommand(args: string[]) {
    const program = addGlobalOptions(new Command().exitOverride());
    let seen: { format: string; files: string[] } | undefined;
    acceptDocumentFiles(
      program.command('apply').action((_o, command: Command) => {
        seen = { format: readGlobalOptions(command).format, files: readDocumentFiles(command) };
      }),
    );
    program.parse(args, { from: 'user' });
    return seen;
  }

  it('takes the document and the output format from -f, in any order', () => {
    expect(parseDocumentCommand(['apply', '-f', 'doc.yaml'])).toEqual({
      format: 'table',
      files: ['doc.yaml'],
    });
    expect(parseDocumentCommand(['apply', '-f', 'doc.yaml', '-f', 'json'])).toEqual({
      format: 'json',
      files: ['doc.yaml'],
    });
    expect(parseDocumentCommand(['-f', 'json', 'apply', '-f', 'd.json'])).toEqual({
      format: 'json',
      files: ['d.json'],
    });
  });

  it('still rejects a file name on other commands', () => {
    expect(() => parse(['x', '-f', 'doc.yaml'])).toThrow(/Allowed choices are table, json/);
  });
});
