import type { QueryValue } from './types.ts';

/**
 * Appends query parameters to a URL: arrays repeat the key, `undefined` is skipped, existing parameters stay.
 *
 * @param url - An absolute URL, possibly with a query already.
 * @param query - The parameters to append.
 * @returns The URL with the parameters appended.
 */
export function buildUrl(url: string, query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (query === undefined) return url;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) parts.push(`${strictEncode(key)}=${strictEncode(String(item))}`);
  }
  if (parts.length === 0) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${separator}${parts.join('&')}`;
}

/** RFC 3986 encoding: also `!'()*`, which the URL parser would otherwise re-encode differently from curl. */
function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The URL exactly as undici puts it on the wire (WHATWG-normalised), so a transcript's curl line sends the same
 * bytes; a string that is not an absolute URL is returned as is.
 *
 * @param url - An absolute URL.
 * @returns Its normalised form.
 */
export function wireUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
