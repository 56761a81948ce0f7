import { inspect } from 'node:util';
import { redactHeaders } from './redact-headers.ts';
import { redactJson } from './redact-json.ts';

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

function className(value: object): string {
  const ctor: unknown = Reflect.get(value, 'constructor');
  return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : 'object';
}

function redactForDisplay(target: object, keys: readonly string[]): unknown {
  // Streams, dispatchers and other live objects are named, not dumped.
  const shallow: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(target)) {
    const value: unknown = raw;
    const live = typeof value === 'object' && value !== null && !isPlainObject(value);
    shallow[name] = live ? `[${className(value)}]` : value;
  }
  const copy = redactJson(shallow, { extraKeys: keys });
  if (typeof copy !== 'object' || copy === null) return copy;
  // Header maps nested in options (`headers: { 'X-Auth-Token': … }`) follow the header rules too.
  const out: Record<string, unknown> = { ...copy };
  const headers: unknown = out.headers;
  if (typeof headers === 'object' && headers !== null && !Array.isArray(headers)) {
    const plain: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') plain[name] = value;
    out.headers = { ...headers, ...redactHeaders(plain) };
  }
  return out;
}

/**
 * Makes an options object safe to print: `util.inspect`, `console.log` and `JSON.stringify` show its secrets
 * as fingerprints, while code still reads the real values.
 *
 * @remarks
 * Adds a non-enumerable `[util.inspect.custom]` and `toJSON` to `target` (call it before `Object.freeze`).
 * Always hidden: every field {@link redactJson} hides (password, secret, apiKey, token ids, …) and credential
 * headers under `headers`; `keys` adds more field names.
 *
 * @param target - A plain options object; it is modified and returned.
 * @param keys - Extra field names whose values are secret.
 * @returns `target`, now redacting itself when printed.
 * @example
 * ```ts
 * import { inspect } from 'node:util';
 * import { hideSecrets } from 'stratus';
 * const options = hideSecrets({ username: 'demo', password: 'secret' });
 * inspect(options); // "{ username: 'demo', password: '{SHA256:2bb80d53}' }"
 * ```
 */
export function hideSecrets<T extends object>(target: T, keys: readonly string[] = []): T {
  Object.defineProperty(target, inspect.custom, {
    value(depth: number, options: object): string {
      return inspect(redactForDisplay(target, keys), { ...options, depth });
    },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(target, 'toJSON', {
    value: (): unknown => redactForDisplay(target, keys),
    enumerable: false,
    configurable: true,
  });
  return target;
}
