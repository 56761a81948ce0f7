import { fingerprint } from './fingerprint.ts';
import { isSecretField } from './redact-json.ts';

// Names start only where no name character precedes (and tags stop at the next `<`), so a hostile page of
// unclosed tags or one endless word is scanned in linear time, not once per starting position.
/** `name="value"` or `name='value'` (XML attributes). */
const ATTRIBUTE = /(?<![\w.:-])([A-Za-z_][\w.:-]*)(\s*=\s*)(["'])([^"']*)\3/g;
/** `<name ...>text</name>` (XML elements holding only text). */
const ELEMENT = /<([A-Za-z_][\w.:-]*)(\s[^<>]*)?>([^<]*)<\/\1>/g;
/** A whole form-encoded body: `a=1&b=2`. */
const FORM = /^[^=&\s]+=[^&\s]*(?:&[^=&\s]+=[^&\s]*)*$/;
/** `name=value` pairs of a form body. */
const FORM_PAIR = /(^|&)([^=&\s]+)=([^&\s]*)/g;

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function decodeForm(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Replaces each secret value via `hide`, which also sees every value found. */
function walkMarkup(text: string, hide: (value: string) => string): string {
  if (text.includes('<')) {
    return text
      .replace(ATTRIBUTE, (match, name: string, eq: string, quote: string, value: string) =>
        isSecretField(localName(name)) && value !== '' ? `${name}${eq}${quote}${hide(value)}${quote}` : match,
      )
      .replace(ELEMENT, (match, name: string, attributes: string | undefined, value: string) =>
        isSecretField(localName(name)) && value.trim() !== ''
          ? `<${name}${attributes ?? ''}>${hide(value)}</${name}>`
          : match,
      );
  }
  if (!FORM.test(text.trim())) return text;
  return text.replace(FORM_PAIR, (match, lead: string, name: string, value: string) =>
    isSecretField(decodeForm(name)) && value !== '' ? `${lead}${name}=${hide(decodeForm(value))}` : match,
  );
}

/**
 * Hides secret values in XML and form-encoded text by the same field names `redactJson` uses:
 * `adminPass="…"` attributes, `<password>…</password>` elements, `password=…` form pairs.
 *
 * @remarks
 * The OpenStack 1.0 compute API speaks XML, where a password is an attribute (`<server adminPass="…">`); the
 * transcript runs every text body through this so XML and form bodies are as safe as JSON ones.
 *
 * @param text - An XML document or a form-encoded body (other text passes through unchanged).
 * @returns The text with each secret value replaced by its {@link fingerprint}.
 */
export function redactMarkup(text: string): string {
  return walkMarkup(text, fingerprint);
}

/**
 * Lists the secret values {@link redactMarkup} would hide, to scrub them from other text (an echoed fault).
 *
 * @param text - An XML document or a form-encoded body.
 * @returns The secret values.
 */
export function collectMarkupSecrets(text: string): string[] {
  const found: string[] = [];
  walkMarkup(text, (value) => {
    found.push(value);
    return value;
  });
  return found;
}
