/** How a request body appears in a curl command. */
export type CurlBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string }
  /** A body that was not recorded (a stream, binary bytes); curl reads it from stdin. */
  | { readonly kind: 'stdin'; readonly description: string };

/**
 * Quotes a word for POSIX shells: single quotes, with embedded `'` written as `'\''`.
 *
 * @param word - Any text.
 * @returns The quoted word.
 */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Builds a runnable, multi-line `curl` command for one request.
 *
 * @remarks
 * `--globoff` keeps curl from reading `{SHA256:…}` fingerprints or `[...]` in URLs as glob patterns; HEAD uses
 * `--head` so curl does not wait for a body.
 *
 * @param method - The HTTP method.
 * @param url - The URL (already redacted).
 * @param headers - The headers as sent (already redacted).
 * @param body - The body.
 * @returns The command, lines joined with ` \` continuations.
 */
export function toCurl(
  method: string,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: CurlBody,
): string {
  const lines = [
    method === 'HEAD'
      ? `curl --globoff -sS --head ${shellQuote(url)}`
      : `curl --globoff -sS -X ${method} ${shellQuote(url)}`,
  ];
  for (const [name, value] of Object.entries(headers)) lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  if (body.kind === 'text') lines.push(`  --data-binary ${shellQuote(body.text)}`);
  if (body.kind === 'stdin') lines.push('  --data-binary @-');
  const command = lines.join(' \\\n');
  return body.kind === 'stdin'
    ? `# request body: ${body.description}; pipe it on stdin to replay\n${command}`
    : command;
}
