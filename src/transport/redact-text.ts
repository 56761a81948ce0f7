import { fingerprint } from './fingerprint.ts';

/** Query parameter names whose value is a credential (`temp_url_sig`, `token`, `api_key`…); not `sort_key`. */
const SECRET_QUERY_PATTERN = /(token|secret|password|passwd|api[-_]?key|_sig|signature|temp_url_key)$/i;

/**
 * Hides the password of `user:pass@` and the value of credential-looking query parameters in a URL.
 *
 * @remarks
 * The user name stays (it says which account), the password becomes a {@link fingerprint}, so the URL stays
 * usable as a curl argument. Strings that are not absolute URLs are scrubbed of `//user:pass@` by pattern.
 *
 * @param url - An absolute URL (a proxy URL, a request URL).
 * @returns The URL with its credentials hidden.
 * @example
 * ```ts
 * import { redactUrl } from 'stratus';
 * redactUrl('http://bob:hunter2@proxy:3128/'); // 'http://bob:{SHA256:f52fbd32}@proxy:3128/'
 * ```
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactUserinfo(url);
  }
  let changed = false;
  if (parsed.password !== '') {
    parsed.password = fingerprint(safeDecode(parsed.password));
    changed = true;
  }
  for (const [name, value] of [...parsed.searchParams]) {
    if (value !== '' && SECRET_QUERY_PATTERN.test(name)) {
      parsed.searchParams.set(name, fingerprint(value));
      changed = true;
    }
  }
  return changed ? decodeFingerprints(parsed.href) : url;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** URL serialisation percent-encodes `{`, `}` and `:`; fingerprints read better (and replay fine) without. */
function decodeFingerprints(href: string): string {
  return href.replace(/%7BSHA256(?::|%3A)([0-9a-f]{8})%7D/gi, '{SHA256:$1}');
}

/**
 * Replaces every occurrence of the given secrets in free text (an error body, a message) with fingerprints.
 *
 * @remarks
 * Each secret is also looked for in its JSON-escaped and URL-encoded forms. Secrets shorter than 4 characters
 * are skipped: replacing them would shred ordinary text and reveal more than it hides.
 *
 * @param text - The text to scrub.
 * @param secrets - The secret values to hide.
 * @returns The text with every secret replaced by its {@link fingerprint}.
 */
export function redactText(text: string, secrets: Iterable<string>): string {
  const forms = new Map<string, string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    const print = fingerprint(secret);
    for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
      if (!forms.has(form)) forms.set(form, print);
    }
  }
  let out = text;
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    out = out.split(form).join(forms.get(form) ?? '');
  }
  return out;
}

/**
 * Hides the password of every `scheme://user:pass@` found inside free text (an error message quoting a URL).
 *
 * @param text - Any text.
 * @returns The text with each such password replaced by its {@link fingerprint}.
 */
export function redactUserinfo(text: string): string {
  return text.replace(
    /(\b[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*):([^/@\s]*)@/gi,
    (_m, prefix: string, pass: string) => {
      return `${prefix}:${fingerprint(safeDecode(pass))}@`;
    },
  );
}
