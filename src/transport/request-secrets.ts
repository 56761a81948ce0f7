import { isSecretHeader } from './redact-headers.ts';
import { collectJsonSecrets } from './redact-json.ts';
import { collectMarkupSecrets } from './redact-markup.ts';
import type { HttpRequest } from './types.ts';

/**
 * Lists the secret values a request carries (credential headers, secret JSON, XML and form fields, the URL's
 * password), so text that may echo them (an error body, a low-level error message) can be scrubbed with
 * `redactText`.
 *
 * @param request - The request as built (before it is sent).
 * @returns The secret strings, possibly empty.
 */
export function requestSecrets(request: Pick<HttpRequest, 'url' | 'headers' | 'json' | 'body'>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (!isSecretHeader(name)) continue;
    secrets.push(value);
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
    if (credential) secrets.push(credential);
  }
  if (request.json !== undefined) secrets.push(...collectJsonSecrets(request.json));
  if (typeof request.body === 'string') secrets.push(...collectMarkupSecrets(request.body));
  try {
    const password = new URL(request.url).password;
    if (password !== '') secrets.push(decodeURIComponent(password));
  } catch {
    // Not an absolute URL: the wire rejects it with its own error; nothing to collect here.
  }
  return secrets;
}
