/** The readable parts of an HTML error page. */
export interface HtmlText {
  /** The text of `<title>`, when the page has a closed one. */
  readonly title: string | undefined;
  /** The text outside tags, with `<script>`, `<style>` and `<head>` dropped. */
  readonly text: string;
}

/** Elements whose content is not text a person reads. */
const HIDDEN_ELEMENTS: readonly string[] = ['script', 'style', 'head'];

/**
 * Tells whether a body looks like markup: a `<` followed by a letter, `!` or `/`, and a `>` after it.
 *
 * @param body - The body text.
 * @returns Whether to treat it as HTML.
 */
export function looksLikeMarkup(body: string): boolean {
  const start = body.search(/<[a-z!/]/i);
  return start !== -1 && body.indexOf('>', start) !== -1;
}

function titleOf(body: string, lower: string): string | undefined {
  const open = lower.indexOf('<title');
  if (open === -1) return undefined;
  const start = lower.indexOf('>', open);
  if (start === -1) return undefined;
  const end = lower.indexOf('</title', start);
  return end === -1 ? undefined : body.slice(start + 1, end);
}

/** The element name at `at` (just after `<`), lower-cased, or `''`. */
function tagName(lower: string, at: number): string {
  let end = at;
  while (end < lower.length && end - at < 16) {
    const code = lower.charCodeAt(end);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) break;
    end++;
  }
  return lower.slice(at, end);
}

/**
 * Extracts the title and the visible text of an HTML page in one pass, in time linear in its length.
 *
 * @remarks
 * Every search starts where the previous one ended, so unclosed `<script>`, `<style>`, `<title>` or `<` never
 * make the scan revisit text (regular expressions with lazy `[\s\S]*?` did, quadratically: a 1 MB page blocked
 * the event loop for over a minute). An unclosed hidden element or tag ends the text.
 *
 * @param body - The page.
 * @returns Title and text (tags replaced by spaces, entities not yet decoded).
 */
export function htmlText(body: string): HtmlText {
  const lower = body.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('<', at);
    if (open === -1) {
      parts.push(body.slice(at));
      break;
    }
    parts.push(body.slice(at, open), ' ');
    const name = tagName(lower, open + 1);
    const close = body.indexOf('>', open);
    if (close === -1) break;
    if (HIDDEN_ELEMENTS.includes(name)) {
      const end = lower.indexOf(`</${name}`, close);
      if (end === -1) break;
      const after = body.indexOf('>', end);
      if (after === -1) break;
      at = after + 1;
    } else {
      at = close + 1;
    }
  }
  return { title: titleOf(body, lower), text: parts.join('') };
}
