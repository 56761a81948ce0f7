// A token revoked mid-run: the 20 concurrent calls in flight trigger exactly one new login and none fails.
import { readFileSync } from 'node:fs';
import { openDriver, type RunDir } from './cloud.ts';
import type { Row } from './stats.ts';

const KEYSTONE = 'http://127.0.0.1:5000/v3';

async function revoke(authUrl: string, token: string): Promise<number> {
  const response = await fetch(`${authUrl.replace(/\/$/, '')}/auth/tokens`, {
    method: 'DELETE',
    headers: { 'x-auth-token': token, 'x-subject-token': token },
  });
  return response.status;
}

/**
 * Warms a driver, revokes its token in Keystone, then runs 20 concurrent calls.
 *
 * @param dir - The run directory.
 * @param known - Collects the tokens seen, for the secret scan.
 * @returns The table row.
 */
export async function tokenRevoked(dir: RunDir, known: string[]): Promise<Row> {
  const transcript = dir.transcript('token-revoked');
  const { driver, session } = await openDriver({ transcript });
  let failed = 0;
  let status = 0;
  try {
    for await (const _size of driver.listSizes()) break;
    const token = await session.token();
    known.push(token);
    status = await revoke(KEYSTONE, token);
    const calls = Array.from({ length: 20 }, async () => {
      for await (const _size of driver.listSizes()) break;
    });
    const results = await Promise.allSettled(calls);
    failed = results.filter((result) => result.status === 'rejected').length;
    known.push(await session.token());
  } finally {
    await session.close();
  }
  const logins = (readFileSync(transcript, 'utf8').match(/-X POST '[^']*\/auth\/tokens'/g) ?? []).length;
  return {
    scenario: 'token revoked mid-run (20 concurrent calls)',
    result: `revocation HTTP ${status}; logins ${logins} (1 before, ${logins - 1} after); failed calls ${failed}`,
    ok: status === 204 && logins === 2 && failed === 0,
  };
}
