import type { Command } from 'commander';
import type { AuthInfo, IdentityRef } from '../../auth/types.ts';
import { fingerprint } from '../../transport/fingerprint.ts';
import type { RegisterCommandGroup } from '../command-group.ts';
import { readGlobalOptions } from '../global-options.ts';
import { withSession } from '../open-session.ts';
import { printRecord } from '../output.ts';

function label(ref: IdentityRef | undefined): string | undefined {
  return ref?.name ?? ref?.id;
}

/**
 * The fields `token issue` prints for a login; the token is only a fingerprint unless `secret` is given.
 *
 * @param info - The login info.
 * @param token - The token.
 * @param showSecret - Print the token itself.
 * @returns The record to print.
 */
export function tokenRecord(info: AuthInfo, token: string, showSecret: boolean): Record<string, unknown> {
  const scope = info.scope;
  return {
    expires: info.expiresAt?.toISOString() ?? 'never (no expiry reported)',
    id: showSecret ? token : `${fingerprint(token)} (use --show-secret to print the token)`,
    user: label(info.user),
    user_id: info.user.id,
    user_domain: label(info.user.domain),
    scope: scope.kind,
    project: scope.kind === 'project' ? label(scope.project) : undefined,
    project_id: scope.kind === 'project' ? scope.project.id : undefined,
    domain: scope.kind === 'domain' ? label(scope.domain) : undefined,
    roles: info.roles.join(', '),
    auth_method: info.method,
    identity_api: info.authVersion,
  };
}

/**
 * Registers `stratus token issue`.
 *
 * @param program - The root command.
 * @param io - Environment and output streams.
 */
export const registerTokenCommands: RegisterCommandGroup = (program, io) => {
  const token = program.command('token').description('Keystone tokens');
  token
    .command('issue')
    .description(
      'log in and show the token (expiry, user, project; the token itself only with --show-secret)',
    )
    .option('--show-secret', 'print the token itself (it grants access: keep it out of logs)', false)
    .action(async (options: { showSecret?: boolean }, command: Command) => {
      const { format } = readGlobalOptions(command);
      await withSession(command, io, async (session) => {
        const info = await session.authenticate();
        const record = tokenRecord(info, await session.token(), options.showSecret === true);
        printRecord(io, format, record);
      });
    });
};
