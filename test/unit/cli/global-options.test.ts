import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { normaliseDebugFlag } from '../../../src/cli/debug-target.ts';
import { addGlobalOptions, readGlobalOptions } from '../../../src/cli/global-options.ts';

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
