import { XMLParser } from 'fast-xml-parser';
import { ResponseShapeError } from '../../../errors/response-shape-error.ts';

/** One parsed XML element: child names to text (leaf) or elements; `item` and `member` children are always arrays. */
export interface XmlNode {
  readonly [name: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  // EC2 lists are `item`s, CloudFormation's `member`s.
  isArray: (name) => name === 'item' || name === 'member',
});

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses an EC2 Query API answer and returns its root element's content.
 *
 * @param body - The response text.
 * @param action - The action, to name the root (`DescribeInstancesResponse`) in errors.
 * @returns The root element.
 * @throws {@link ResponseShapeError} when the body is not the expected XML document.
 */
export function parseAnswer(body: unknown, action: string): XmlNode {
  const text =
    typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body).toString() : '';
  const doc: unknown = text === '' ? undefined : parser.parse(text);
  const root = isNode(doc) ? doc[`${action}Response`] : undefined;
  if (!isNode(root)) throw new ResponseShapeError(`${action}Response`, 'an XML element', root ?? body);
  return root;
}

/**
 * @param node - An element.
 * @param name - A child element.
 * @returns The child's text, or `undefined` when it is absent or empty.
 */
export function textOf(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * @param node - An element.
 * @param name - A child element that must hold text.
 * @param path - Where `node` is, for the error.
 * @returns The text.
 * @throws {@link ResponseShapeError} when it is missing.
 */
export function requireText(node: XmlNode, name: string, path: string): string {
  const value = textOf(node, name);
  if (value === undefined) throw new ResponseShapeError(`${path}.${name}`, 'text', node[name]);
  return value;
}

/**
 * @param node - An element.
 * @param name - A child element.
 * @returns The child element, or `undefined` when absent or empty.
 */
export function childOf(node: XmlNode, name: string): XmlNode | undefined {
  const value = node[name];
  return isNode(value) ? value : undefined;
}

/**
 * @param node - An element.
 * @param name - A list element (`instancesSet`, `reservationSet`, …).
 * @returns Its `item` children; none when the list is empty or absent.
 */
export function itemsOf(node: XmlNode, name: string): readonly XmlNode[] {
  const list = childOf(node, name)?.item;
  return Array.isArray(list) ? list.filter(isNode) : [];
}

/**
 * @param node - An element.
 * @param name - A child holding a number.
 * @returns The number, or `undefined` when absent or not a number.
 */
export function numberOf(node: XmlNode, name: string): number | undefined {
  const text = textOf(node, name);
  const value = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * @param node - An element with a `tagSet`.
 * @returns Its tags as a map.
 */
export function tagsOf(node: XmlNode): Readonly<Record<string, string>> {
  const tags: Record<string, string> = {};
  for (const tag of itemsOf(node, 'tagSet')) {
    const key = textOf(tag, 'key');
    if (key !== undefined) tags[key] = textOf(tag, 'value') ?? '';
  }
  return tags;
}
