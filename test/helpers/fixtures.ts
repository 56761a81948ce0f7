// Loads recorded OpenStack bodies from test/fixtures/openstack/<service>/<resource>/<operation>[.variant].json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the OpenStack fixtures. */
export const FIXTURES_ROOT: string = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'openstack',
);

/** Names one fixture file. */
export interface FixtureName {
  /** Official service type, e.g. `compute`, `block-storage`. */
  readonly service: string;
  /** Resource folder, e.g. `servers`, `security-groups`. */
  readonly resource: string;
  /** Operation, e.g. `list`, `get`, `create`. */
  readonly operation: string;
  /** Optional variant, e.g. `empty` for `list.empty.json`. */
  readonly variant?: string | undefined;
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

function parseName(name: FixtureName | string): FixtureName {
  if (typeof name !== 'string') return name;
  const [service, resource, file, ...extra] = name.split('/');
  if (!service || !resource || !file || extra.length > 0) {
    throw new Error(`fixture name "${name}" must look like "<service>/<resource>/<operation>[.variant]"`);
  }
  const [operation = '', variant] = file.split('.', 2);
  return { service, resource, operation, variant };
}

/**
 * @param name - `{ service, resource, operation, variant? }` or `"compute/servers/list[.variant]"`.
 * @returns The absolute path of the fixture file (whether or not it exists).
 */
export function fixturePath(name: FixtureName | string): string {
  const parsed = parseName(name);
  const parts = [parsed.service, parsed.resource, parsed.operation];
  if (parsed.variant !== undefined) parts.push(parsed.variant);
  for (const part of parts) {
    if (!SEGMENT.test(part)) {
      throw new Error(`fixture name part "${part}" must be kebab-case (a-z, 0-9, -)`);
    }
  }
  const file = parsed.variant === undefined ? parsed.operation : `${parsed.operation}.${parsed.variant}`;
  return join(FIXTURES_ROOT, parsed.service, parsed.resource, `${file}.json`);
}

/**
 * Reads and parses one fixture. A missing file fails with the list of fixtures that do exist beside it.
 *
 * @param name - `{ service, resource, operation, variant? }` or `"compute/servers/list[.variant]"`.
 * @returns The parsed JSON (a fresh copy on every call, so tests may mutate it).
 */
export function loadFixture(name: FixtureName | string): unknown {
  const path = fixturePath(name);
  if (!existsSync(path)) {
    const dir = dirname(path);
    const present = existsSync(dir) ? readdirSync(dir).join(', ') || 'none' : 'none (folder missing)';
    throw new Error(`fixture ${path} does not exist; fixtures in ${dir}: ${present}`);
  }
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`fixture ${path} is not valid JSON`, { cause: error });
  }
}
