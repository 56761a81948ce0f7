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
    for (const item of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`);
  }
  if (parts.length === 0) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${separator}${parts.join('&')}`;
}
