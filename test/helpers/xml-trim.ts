// Trimming recorded EC2 answers for fixtures.

/**
 * Keeps only some `<item>`s of one list in an EC2 answer (to keep recorded pages of instance types and images
 * small); nested `<item>`s stay with their parent.
 *
 * @param xml - The answer.
 * @param list - The list element, e.g. `instanceTypeSet`.
 * @param keep - Whether to keep an item (its XML).
 * @returns The trimmed answer.
 */
export function keepItems(xml: string, list: string, keep: (item: string) => boolean): string {
  const open = xml.indexOf(`<${list}>`);
  const close = xml.lastIndexOf(`</${list}>`);
  if (open < 0 || close < 0) return xml;
  const inner = xml.slice(open + list.length + 2, close);
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of inner.matchAll(/<(\/?)item\b[^>]*?(\/?)>/g)) {
    if (m[2] === '/') continue;
    if (m[1] === '') {
      if (depth === 0) start = m.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) items.push(inner.slice(start, m.index + m[0].length));
    }
  }
  return `${xml.slice(0, open + list.length + 2)}${items.filter(keep).join('')}${xml.slice(close)}`;
}
