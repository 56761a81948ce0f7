// Scans every transcript and log of the run (and any extra directory) for the secrets the suite knows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './stats.ts';

function files(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return [];
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) return [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/**
 * Looks for every known secret (and any PEM private key) in every file under `paths`.
 *
 * @param paths - Files or directories.
 * @param secrets - Passwords, tokens, application-credential secrets.
 * @returns The table row.
 */
export function scanSecrets(paths: readonly string[], secrets: readonly string[]): Row {
  const known = secrets.filter((secret) => secret.length >= 6);
  const scanned = paths.flatMap(files);
  const hits: string[] = [];
  for (const file of scanned) {
    const text = readFileSync(file, 'utf8');
    for (const secret of known) if (text.includes(secret)) hits.push(file);
    if (PRIVATE_KEY.test(text)) hits.push(`${file} (private key)`);
  }
  return {
    scenario: 'secret scan of every transcript and log',
    result: `${hits.length} found in ${scanned.length} files, ${known.length} secrets looked for${hits.length > 0 ? `: ${hits.join(', ')}` : ''}`,
    ok: hits.length === 0 && scanned.length > 0 && known.length > 0,
  };
}
