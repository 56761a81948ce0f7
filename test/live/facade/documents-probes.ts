// The live documents test's probes: an apply run in a child process and killed at a chosen request, and the
// `openstack` CLI's view of what a deployment left behind.
import { spawn } from 'node:child_process';
import { osc } from './fixture.ts';

export type Row = Record<string, unknown>;
/** An `openstack … -f json` list. */
export const rows = async (args: string[]): Promise<Row[]> => (await osc(args)) as Row[];
/** An `openstack … -f json` record. */
export const row = async (args: string[]): Promise<Row> => (await osc(args)) as Row;

/**
 * Runs an apply in a child process and SIGKILLs it when it dispatches its `killAt`-th counted request: mutating
 * ones for the direct engine; any request for the stack engine, whose re-runs may have nothing left to mutate (the
 * stack exists once Heat got the first POST) and only poll.
 */
export function killedApply(
  engine: string,
  document: string,
  killAt: number,
): Promise<{ killed: boolean; seen: number }> {
  const counted = engine === 'stack' ? /^REQ [A-Z]+ / : /^REQ (POST|PUT|PATCH|DELETE) /;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', 'test/live/facade/apply-child.ts', engine],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let seen = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!counted.test(line) || line.endsWith('/auth/tokens')) continue;
        seen += 1;
        if (seen === killAt) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', seen }));
    child.stdin.end(document);
  });
}

/** How many resources of each document name (`web1`, `net`…) the deployment has, as the CLI lists them. */
export async function countByName(deployment: string): Promise<Record<string, number>> {
  const names = (list: Row[], key = 'Name') => list.map((r) => String(r[key]));
  const all = [
    ...names(await rows(['server', 'list', '--name', `^${deployment}-`])),
    ...names(await rows(['network', 'list'])),
    ...names(await rows(['subnet', 'list'])),
    ...names(await rows(['router', 'list'])),
    ...names(await rows(['security', 'group', 'list'])),
    ...names(await rows(['keypair', 'list'])),
    ...names(await rows(['volume', 'list'])),
  ].filter((name) => name.startsWith(`${deployment}-`));
  const counts: Record<string, number> = {};
  for (const name of all)
    counts[name.slice(deployment.length + 1)] = (counts[name.slice(deployment.length + 1)] ?? 0) + 1;
  return counts;
}

/** The floating IPs whose fixed address lies in the deployment's subnet. */
export async function floatingIpsIn(cidrPrefix: string): Promise<Row[]> {
  return (await rows(['floating', 'ip', 'list'])).filter((r) =>
    String(r['Fixed IP Address'] ?? '').startsWith(cidrPrefix),
  );
}
