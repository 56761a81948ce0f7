import { fingerprint } from './fingerprint.ts';
import { redactUrl } from './redact-text.ts';

const URL_WITH_USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]*@/i;

/** Exact (normalised) JSON field names whose value is a secret. */
const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'secret',
  'apikey',
  'adminpass',
  'privatekey',
  'passcode',
  'passphrase',
  'token',
  'blob',
  'psk',
  'keymaterial',
]);

/** Normalised suffixes that mark a field as secret (`old_password`, `client_secret`, `auth_token`…). */
const SECRET_SUFFIXES: readonly string[] = [
  'password',
  'passwd',
  'pass',
  'secret',
  'apikey',
  'privatekey',
  'passphrase',
  'token',
  'secretkey',
  'authkey',
  'secretaccesskey',
  'signature',
  'sessiontoken',
];

/** Fields that stay readable even inside a `…credentials` object: they identify, they do not prove. */
const IDENTIFYING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'username',
  'userid',
  'tenantid',
  'tenantname',
  'projectid',
  'projectname',
  'domainid',
  'domainname',
  'type',
  'href',
  'rel',
  'description',
  'expiresat',
  'createdat',
  'region',
]);

function normalise(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Tells whether a JSON field name holds a secret (`password`, `adminPass`, `api_key`, `private_key`, `secret`,
 * `*_token`, …). Ordinary ids and names are not secret.
 *
 * @param key - A JSON field name.
 * @returns `true` when the value under this key must never be shown.
 */
export function isSecretField(key: string): boolean {
  const name = normalise(key);
  if (SECRET_FIELDS.has(name)) return true;
  return SECRET_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

function isCredentialsKey(key: string): boolean {
  return /credentials?$/.test(normalise(key));
}

/** Options for {@link redactJson}. */
export interface RedactJsonOptions {
  /** More field names to treat as secret, compared case- and separator-insensitively. */
  readonly extraKeys?: readonly string[] | undefined;
}

interface Walk {
  readonly extra: ReadonlySet<string>;
  readonly seen: WeakSet<object>;
  readonly found?: Set<string> | undefined;
  /** How many objects and arrays the walk is inside right now. */
  depth: number;
}

/**
 * Deeper objects and arrays are replaced by a marker, never walked: a hostile body nested 100,000 levels deep
 * must not overflow the stack of the code that only wants to log it. Nothing below the cut is shown, so no
 * secret can leak from it.
 */
const MAX_DEPTH = 256;
const TOO_DEEP = `[… nested deeper than ${MAX_DEPTH} levels, not shown]`;

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hide(value: unknown, walk: Walk): unknown {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    walk.found?.add(text);
    return fingerprint(text);
  }
  return walkValue(value, walk, 'secret');
}

type Mode = 'normal' | 'credentials' | 'token' | 'secret';

function walkValue(value: unknown, walk: Walk, mode: Mode): unknown {
  if (typeof value === 'string' && URL_WITH_USERINFO.test(value)) return redactUrl(value);
  if (typeof value !== 'object' || value === null) return value;
  if (walk.seen.has(value)) return '[Circular]';
  if (!Array.isArray(value) && !isPlain(value)) return value;
  if (walk.depth >= MAX_DEPTH) return TOO_DEEP;
  walk.seen.add(value);
  walk.depth++;
  try {
    if (Array.isArray(value)) return value.map((item: unknown) => walkValue(item, walk, mode));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walkField(key, item, walk, mode);
    return out;
  } finally {
    walk.depth--;
    walk.seen.delete(value);
  }
}

function walkField(key: string, item: unknown, walk: Walk, mode: Mode): unknown {
  const name = normalise(key);
  const primitive = typeof item !== 'object' || item === null;
  if (mode === 'secret' && primitive) return hide(item, walk);
  if (mode === 'token' && name === 'id') return hide(item, walk);
  if (isSecretField(key) || walk.extra.has(name)) {
    // `token` and `password` objects (Keystone v2/v3 bodies) are walked: their ids and passwords are hidden,
    // their user names and expiry dates stay readable.
    if (primitive) return hide(item, walk);
    return walkValue(item, walk, name === 'token' ? 'token' : mode);
  }
  if (mode === 'credentials' && primitive && !IDENTIFYING_FIELDS.has(name)) return hide(item, walk);
  return walkValue(item, walk, isCredentialsKey(key) ? 'credentials' : mode === 'token' ? 'normal' : mode);
}

/**
 * Returns a copy of a JSON value with every secret replaced by its {@link fingerprint}.
 *
 * @remarks
 * Hidden: fields named like `password`, `secret`, `apiKey`/`api_key`, `adminPass`/`admin_pass`, `private_key`,
 * `passcode`, anything ending in `_token`/`_secret`/`_password`, the `id` of a `token` object (Keystone v2
 * `access.token.id`, v3 token-method auth), and every non-identifying string under a `…Credentials` object
 * (`passwordCredentials`, `apiKeyCredentials`, EC2 `credentials`). Ids, names and dates stay readable.
 * Only plain objects and arrays are walked; class instances pass through untouched; cycles become `[Circular]`;
 * anything nested deeper than 256 levels is replaced by a marker (no recursion past it).
 *
 * @param value - A parsed JSON value (not modified).
 * @param options - More field names to hide.
 * @returns The redacted copy.
 * @example
 * ```ts
 * import { redactJson } from 'stratus';
 * redactJson({ auth: { passwordCredentials: { username: 'demo', password: 'secret' } } });
 * // → { auth: { passwordCredentials: { username: 'demo', password: '{SHA256:2bb80d53}' } } }
 * ```
 */
export function redactJson(value: unknown, options: RedactJsonOptions = {}): unknown {
  const extra = new Set((options.extraKeys ?? []).map(normalise));
  return walkValue(value, { extra, seen: new WeakSet(), depth: 0 }, 'normal');
}

/**
 * Lists the secret values {@link redactJson} would hide, so free text (an error body echoing a password) can be
 * scrubbed with {@link redactText}.
 *
 * @param value - A parsed JSON value.
 * @param options - More field names to treat as secret.
 * @returns The secret strings found.
 */
export function collectJsonSecrets(value: unknown, options: RedactJsonOptions = {}): string[] {
  const extra = new Set((options.extraKeys ?? []).map(normalise));
  const found = new Set<string>();
  walkValue(value, { extra, seen: new WeakSet(), found, depth: 0 }, 'normal');
  return [...found];
}
