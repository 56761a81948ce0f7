import { ConfigurationError } from '../errors/configuration-error.ts';

/** The version suffixes an auth URL may carry, longest first. */
const VERSION_SUFFIXES: readonly RegExp[] = [
  /\/v3(\.\d+)?\/auth\/tokens\/?$/i,
  /\/v2\.0\/tokens\/?$/i,
  /\/v1\.1\/auth\/?$/i,
  /\/v3(\.\d+)?\/?$/i,
  /\/v2\.0\/?$/i,
  /\/v1\.[01]\/?$/i,
];

/**
 * Strips any version and login path from an auth URL, so that `https://h:5000`, `https://h:5000/v3`,
 * `https://h/identity/v3/auth/tokens` and `https://h:5000/v2.0/tokens` all give the identity root.
 *
 * @param authUrl - The auth URL as configured.
 * @returns The identity root without a trailing slash, e.g. `https://h/identity`.
 * @throws {@link ConfigurationError} when the URL is not an absolute http(s) URL.
 *
 * @example
 * ```ts
 * import { identityRoot } from 'stratus';
 * identityRoot('https://cloud.example/identity/v3'); // 'https://cloud.example/identity'
 * ```
 */
export function identityRoot(authUrl: string): string {
  let url: URL;
  try {
    url = new URL(authUrl);
  } catch (cause) {
    throw new ConfigurationError(
      `\`authUrl\` is not a valid URL: ${JSON.stringify(authUrl)}; use e.g. https://keystone.example:5000/v3`,
      { cause },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`\`authUrl\` must be http or https, got ${url.protocol} in ${url.origin}`);
  }
  let path = url.pathname;
  for (const suffix of VERSION_SUFFIXES) path = path.replace(suffix, '');
  return `${url.origin}${path.replace(/\/+$/, '')}`;
}

/**
 * The login URL for an identity version.
 *
 * @param authUrl - The auth URL as configured, with or without a version.
 * @param version - `'3'`, `'2.0'`, `'1.1'` or `'1.0'`.
 * @returns `…/v3/auth/tokens`, `…/v2.0/tokens`, `…/v1.1/auth` or `…/v1.0`.
 * @throws {@link ConfigurationError} when the URL is not an absolute http(s) URL.
 */
export function loginUrl(authUrl: string, version: '3' | '2.0' | '1.1' | '1.0'): string {
  const root = identityRoot(authUrl);
  switch (version) {
    case '3':
      return `${root}/v3/auth/tokens`;
    case '2.0':
      return `${root}/v2.0/tokens`;
    case '1.1':
      return `${root}/v1.1/auth`;
    case '1.0':
      return `${root}/v1.0`;
  }
}
