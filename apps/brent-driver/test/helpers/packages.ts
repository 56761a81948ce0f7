/** Test helpers: zip a package folder as Brent does (its contents at the zip root), base64-encoded. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

/** The app's test fixtures folder. */
export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

function walk(dir: string, root: string, out: Record<string, Uint8Array>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, root, out);
    else out[relative(root, path)] = readFileSync(path);
  }
}

/**
 * Zips a folder's contents and base64-encodes them (`driverFiles`).
 *
 * @param dir - The folder, e.g. a package's `Lifecycle/openstack`.
 * @returns The base64 zip.
 */
export function driverFilesOf(dir: string): string {
  const files: Record<string, Uint8Array> = {};
  walk(dir, dir, files);
  return Buffer.from(zipSync(files)).toString('base64');
}

/**
 * Zips named texts (`{ 'discover.yaml': '…' }`) into `driverFiles`.
 *
 * @param files - Path → text.
 * @returns The base64 zip.
 */
export function driverFilesFrom(files: Readonly<Record<string, string>>): string {
  const entries = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));
  return Buffer.from(zipSync(entries)).toString('base64');
}
