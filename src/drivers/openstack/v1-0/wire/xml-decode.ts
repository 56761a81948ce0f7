import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ResponseShapeError } from '../../../../errors/response-shape-error.ts';
import { expectObject, type JsonObject } from '../../../../shape/expect.ts';

/** Elements that repeat inside their parent, so the parser always gives arrays for them. */
const REPEATED: ReadonlySet<string> = new Set([
  'server',
  'image',
  'flavor',
  'sharedIpGroup',
  'ip',
  'meta',
  'limit',
]);

/** Wrapper elements of the 1.0 collections and the element each wraps. */
const COLLECTIONS: Readonly<Record<string, string>> = {
  servers: 'server',
  images: 'image',
  flavors: 'flavor',
  sharedIpGroups: 'sharedIpGroup',
};

/**
 * Decodes a 1.0 compute XML document into the shape the same call returns in JSON.
 *
 * @remarks
 * The 1.0 API serves one resource model in two media types. Decoding XML into the JSON shape lets one parser per
 * resource read both: `<servers><server id="1"/></servers>` becomes `{ servers: [{ id: '1' }] }`,
 * `<metadata><meta key="k">v</meta></metadata>` becomes `{ metadata: { k: 'v' } }`, address lists become arrays
 * of strings, `<limits>` becomes `{ rate: [...], absolute: { name: value } }`, and fault elements
 * (`<itemNotFound code="404"><message>…</message></itemNotFound>`) become `{ itemNotFound: { code, message } }`.
 * Attribute values stay strings (the JSON form has numbers); the parsers accept both.
 *
 * @param xml - The response text.
 * @returns `{ <rootElement>: <decoded content> }`.
 * @throws {@link "index"!ResponseShapeError} at path `$` when the text is not well-formed XML with one root element, or
 * carries a DOCTYPE (no 1.0 response has one; refusing it rules out entity-expansion tricks).
 * @example
 * ```ts
 * decodeV10Xml('<flavors><flavor id="1" name="256 slice" ram="256" disk="10"/></flavors>');
 * // { flavors: [{ id: '1', name: '256 slice', ram: '256', disk: '10' }] }
 * ```
 */
export function decodeV10Xml(xml: string): JsonObject {
  if (/<!DOCTYPE/i.test(xml)) throw new ResponseShapeError('$', 'XML without a DOCTYPE', xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ResponseShapeError('$', `well-formed XML (${valid.err.msg})`, xml);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    textNodeName: '#text',
    processEntities: true,
    htmlEntities: true,
    isArray: (name, jpath) => typeof jpath === 'string' && jpath.includes('.') && REPEATED.has(name),
  });
  const parsed: unknown = parser.parse(xml);
  const roots = Object.entries(expectObject(parsed, '$'));
  const [root] = roots;
  if (roots.length !== 1 || root === undefined) {
    throw new ResponseShapeError('$', 'one root element', parsed);
  }
  const [name, content] = root;
  return { [name]: decodeElement(name, content, '', `$.${name}`) };
}

function decodeElement(name: string, content: unknown, parent: string, path: string): unknown {
  if (name === 'metadata') return decodeMetadata(content, path);
  if (name === 'addresses') return decodeAddresses(content, path);
  if ((name === 'public' || name === 'private') && (parent === '' || parent === 'addresses')) {
    return decodeIps(content, path);
  }
  if (name === 'servers' && parent === 'sharedIpGroup') return childList(content, 'server', path).map(idOf);
  if (name === 'rate') return childList(content, 'limit', path).map((limit) => asElement(limit, path));
  if (name === 'absolute') return decodeAbsolute(content, path);
  const item = COLLECTIONS[name];
  if (item !== undefined) {
    return childList(content, item, path).map((child, i) =>
      decodeElement(item, child, name, `${path}[${i}]`),
    );
  }
  if (typeof content === 'string') return content;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asElement(content, path))) {
    out[key] = decodeElement(key, value, name, `${path}.${key}`);
  }
  return out;
}

/** Empty elements (`<metadata/>`) come out of the parser as `''`; treat them as having no children. */
function asElement(content: unknown, path: string): JsonObject {
  return content === '' ? {} : expectObject(content, path);
}

function childList(content: unknown, child: string, path: string): readonly unknown[] {
  const value = asElement(content, path)[child];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function idOf(content: unknown): unknown {
  return typeof content === 'object' && content !== null && 'id' in content ? content.id : content;
}

function decodeMetadata(content: unknown, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [i, meta] of childList(content, 'meta', path).entries()) {
    const element = asElement(meta, `${path}.meta[${i}]`);
    const key = element.key;
    if (typeof key !== 'string') throw new ResponseShapeError(`${path}.meta[${i}].key`, 'a string', key);
    out[key] = element['#text'] ?? '';
  }
  return out;
}

function decodeIps(content: unknown, path: string): unknown[] {
  return childList(content, 'ip', path).map((ip, i) => asElement(ip, `${path}.ip[${i}]`).addr);
}

function decodeAddresses(content: unknown, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [network, ips] of Object.entries(asElement(content, path))) {
    out[network] = decodeIps(ips, `${path}.${network}`);
  }
  return out;
}

function decodeAbsolute(content: unknown, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [i, limit] of childList(content, 'limit', path).entries()) {
    const element = asElement(limit, `${path}.limit[${i}]`);
    const name = element.name;
    if (typeof name !== 'string') throw new ResponseShapeError(`${path}.limit[${i}].name`, 'a string', name);
    out[name] = element.value;
  }
  return out;
}
