import { fingerprint } from './fingerprint.ts';

/** Header names (lower-case) whose whole value is a credential. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'x-auth-token',
  'x-subject-token',
  'x-service-token',
  'x-auth-key',
  'x-auth-user-key',
  'x-storage-token',
  'x-auth-password',
  'x-storage-pass',
  'cookie',
  'set-cookie',
]);

const SECRET_HEADER_PATTERN = /(token|secret|password|passwd|api-?key|auth-key|temp-url-key|signature)/i;

/**
 * Tells whether a header carries a credential (`X-Auth-Token`, `Authorization`, `Cookie`, …).
 *
 * @param name - A header name, any case.
 * @returns `true` when its value must never be shown.
 */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_PATTERN.test(lower);
}

function redactHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    // Keep the scheme (`Bearer`, `Basic`) so the transcript still says what kind of credential it was.
    const match = /^([A-Za-z][\w-]*)\s+(\S.*)$/.exec(value);
    if (match?.[1] && match[2]) return `${match[1]} ${fingerprint(match[2])}`;
  }
  return fingerprint(value);
}

/**
 * Returns a copy of a header map with every credential replaced by its {@link fingerprint}.
 *
 * @remarks
 * Hidden: `Authorization` and `Proxy-Authorization` (the scheme stays), `X-Auth-Token`, `X-Subject-Token`,
 * `X-Service-Token`, `X-Auth-Key`, `Cookie`, `Set-Cookie`, and any header whose name mentions a token, secret,
 * password, API key or signature. Array values (repeated headers) are redacted one by one.
 *
 * @param headers - Header names to values; `undefined` values are dropped.
 * @returns The redacted copy, names as given.
 * @example
 * ```ts
 * import { redactHeaders } from 'stratus';
 * redactHeaders({ 'X-Auth-Token': 'gAAAA…', Accept: 'application/json' });
 * // → { 'X-Auth-Token': '{SHA256:…}', Accept: 'application/json' }
 * ```
 */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (!isSecretHeader(name)) {
      out[name] = typeof value === 'string' ? value : [...value];
    } else {
      out[name] =
        typeof value === 'string' ? redactHeaderValue(name, value) : value.map((v) => fingerprint(v));
    }
  }
  return out;
}
