import { unzipSync } from 'fflate';
import { badRequest } from '../http/api-error.ts';

/** The files of a package's `Lifecycle/openstack/` folder, by path relative to its root. */
export type DriverFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Decodes `driverFiles` (base64 of a zip) in memory; nothing is written to disk, so there is no workspace to
 * clean up (the original extracted to `./driver_files/<uuid>/`).
 *
 * @param base64 - The `driverFiles` field.
 * @returns The files; directories are omitted.
 * @throws {@link DriverApiError} 400 when it is not a zip.
 */
export function readDriverFiles(base64: string): DriverFiles {
  const bytes = Buffer.from(base64, 'base64');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw badRequest('driverFiles is not a base64-encoded zip archive', 'ERR_INVALID_DRIVER_FILES', error);
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    files.set(path.replace(/^\.?\//, ''), data);
  }
  return files;
}

/**
 * The text of the first of `names` present.
 *
 * @param files - The package files.
 * @param names - Candidate names, in order of preference.
 * @returns The name and UTF-8 text, or `undefined`.
 */
export function firstText(
  files: DriverFiles,
  names: readonly string[],
): { name: string; text: string } | undefined {
  for (const name of names) {
    const data = files.get(name);
    if (data !== undefined) return { name, text: Buffer.from(data).toString('utf8') };
  }
  return undefined;
}

/**
 * Every file under `files/`, keyed by its path relative to `files/` (Heat's `files` map, so `get_file:
 * user_data.conf` and `type: core/resources.yaml` resolve).
 *
 * @param files - The package files.
 * @returns The map of text files.
 */
export function heatFiles(files: DriverFiles): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of files) {
    if (path.startsWith('files/')) out[path.slice('files/'.length)] = Buffer.from(data).toString('utf8');
  }
  return out;
}
