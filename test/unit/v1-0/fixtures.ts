// Loads the 1.0 compute fixtures, which come in two media types: <resource>/<operation>[.variant].{json,xml}.
import { readFileSync } from 'node:fs';
import { decodeV10Xml } from '../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { fixturePath } from '../../helpers/fixtures.ts';

/** The two media types of the 1.0 compute API. */
export type V10Format = 'json' | 'xml';

/** Both media types, for `describe.each`. */
export const FORMATS: readonly V10Format[] = ['json', 'xml'];

/**
 * @param name - `<resource>/<operation>[.variant]`, e.g. `servers/list-detail`.
 * @param format - Which twin to read.
 * @returns The fixture's text.
 */
export function v10FixtureText(name: string, format: V10Format): string {
  const path = fixturePath(`v1-0/${name}`).replace(/\.json$/, `.${format}`);
  return readFileSync(path, 'utf8');
}

/**
 * @param name - `<resource>/<operation>[.variant]`.
 * @returns The JSON twin, parsed.
 */
export function v10FixtureJson(name: string): unknown {
  return JSON.parse(v10FixtureText(name, 'json'));
}

/**
 * @param name - `<resource>/<operation>[.variant]`.
 * @param format - Which twin to read.
 * @returns The body as the 1.0 client hands it to parsers: JSON parsed, or XML decoded into the JSON shape.
 */
export function v10FixtureBody(name: string, format: V10Format): unknown {
  const text = v10FixtureText(name, format);
  return format === 'xml' ? decodeV10Xml(text) : JSON.parse(text);
}
