import { XMLBuilder } from 'fast-xml-parser';
import { CloudError } from '../../../../errors/cloud-error.ts';

/** The XML namespace of the 1.0 compute API. */
export const V10_XML_NAMESPACE = 'http://docs.rackspacecloud.com/servers/api/v1.0';

type XmlNode = Record<string, unknown>;

/**
 * Encodes a 1.0 request body, written in its JSON form, as the equivalent XML document.
 *
 * @remarks
 * Scalars become attributes of the root element; `metadata` (a string map) becomes `<meta key="…">` children;
 * `personality` (`[{ path, contents }]`) becomes `<file path="…">` children; a `server` id inside a
 * `sharedIpGroup` becomes `<server id="…"/>`. A `null` root (`{ confirmResize: null }`) is an empty element.
 * Text and attribute values are escaped by the XML builder.
 *
 * @param body - A JSON request body with exactly one root key.
 * @returns The XML document.
 * @throws {@link "index"!CloudError} with code `ERR_XML_ENCODE` when the body does not have the 1.0 request shape.
 * @example
 * ```ts
 * encodeV10Xml({ reboot: { type: 'HARD' } });
 * // '<?xml version="1.0" encoding="UTF-8"?><reboot xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" type="HARD"/>'
 * ```
 */
export function encodeV10Xml(body: unknown): string {
  const entries = isRecord(body) ? Object.entries(body) : [];
  const [root] = entries;
  if (entries.length !== 1 || root === undefined) throw encodeError('a body with exactly one root key');
  const [name, content] = root;
  const element: XmlNode = { '@_xmlns': V10_XML_NAMESPACE };
  if (content !== null) {
    if (!isRecord(content)) throw encodeError(`an object or null under "${name}"`);
    for (const [key, value] of Object.entries(content)) addChild(element, name, key, value);
  }
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [name]: element })}`;
}

function addChild(element: XmlNode, root: string, key: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    if (root === 'sharedIpGroup' && key === 'server') element.server = { '@_id': String(value) };
    else element[`@_${key}`] = String(value);
    return;
  }
  if (key === 'metadata' && isRecord(value)) {
    element.metadata = { meta: Object.entries(value).map(([k, v]) => ({ '@_key': k, '#text': String(v) })) };
    return;
  }
  if (key === 'personality' && Array.isArray(value)) {
    element.personality = { file: value.map(personalityFile) };
    return;
  }
  throw encodeError(`a scalar, "metadata" map or "personality" list at "${root}.${key}"`);
}

function personalityFile(file: unknown): XmlNode {
  if (!isRecord(file) || typeof file.path !== 'string' || typeof file.contents !== 'string') {
    throw encodeError('personality entries shaped { path, contents }');
  }
  return { '@_path': file.path, '#text': file.contents };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodeError(expected: string): CloudError {
  return new CloudError(`Cannot encode the 1.0 request body as XML: expected ${expected}`, 'ERR_XML_ENCODE');
}
