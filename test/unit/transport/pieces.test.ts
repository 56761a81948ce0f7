import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { ConfigurationError } from '../../../src/errors/index.ts';
import { compose } from '../../../src/transport/compose.ts';
import { shellQuote, toCurl } from '../../../src/transport/curl.ts';
import { resolveDebug, resolveTransportOptions } from '../../../src/transport/resolve-options.ts';
import type { Middleware, Send } from '../../../src/transport/types.ts';
import { buildUrl, wireUrl } from '../../../src/transport/url.ts';
import { STRATUS_VERSION } from '../../../src/transport/version.ts';
import { decodeBody, encodeRequest, flattenHeaders } from '../../../src/transport/wire-body.ts';

describe('STRATUS_VERSION', () => {
  it('matches package.json', () => {
    expect(STRATUS_VERSION).toBe(packageJson.version);
  });
});

describe('compose', () => {
  it('runs the first middleware outermost', async () => {
    const order: string[] = [];
    const wire: Send = async (request) => {
      order.push('wire');
      return { status: 200, headers: {}, body: undefined, url: request.url };
    };
    const tag =
      (name: string): Middleware =>
      (next) =>
      (request, context) => {
        order.push(name);
        return next(request, context);
      };
    await compose(wire, tag('auth'), tag('retry'), tag('log'))({ method: 'GET', url: 'u' }, { attempt: 1 });
    expect(order).toEqual(['auth', 'retry', 'log', 'wire']);
  });
});

describe('buildUrl', () => {
  it('appends to an existing query and encodes strictly', () => {
    expect(buildUrl('http://h/p?a=1', { b: "it's (x)*!", c: undefined })).toBe(
      'http://h/p?a=1&b=it%27s%20%28x%29%2A%21',
    );
    expect(buildUrl('http://h/p', {})).toBe('http://h/p');
    expect(buildUrl('http://h/p#frag', { a: 1 })).toBe('http://h/p?a=1');
    expect(wireUrl('http://h')).toBe('http://h/');
  });
});

describe('shellQuote and toCurl', () => {
  it('quotes single quotes the POSIX way', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('uses --head for HEAD and reads an unrecorded body from stdin', () => {
    expect(toCurl('HEAD', 'http://h/', {}, { kind: 'none' })).toBe("curl --globoff -sS --head 'http://h/'");
    expect(toCurl('PUT', 'http://h/', { a: 'b' }, { kind: 'stdin', description: '<streamed>' })).toBe(
      "# request body: <streamed>; pipe it on stdin to replay\ncurl --globoff -sS -X PUT 'http://h/' \\\n  -H 'a: b' \\\n  --data-binary @-",
    );
  });
});

describe('wire body helpers', () => {
  it('lower-cases headers, adds defaults and lets the caller override them', () => {
    const { headers, body } = encodeRequest(
      { method: 'POST', url: 'u', json: { a: 1 }, headers: { Accept: 'text/plain', 'X-Y': 'z' } },
      'stratus/0',
    );
    expect(headers).toEqual({
      'user-agent': 'stratus/0',
      accept: 'text/plain',
      'x-y': 'z',
      'content-type': 'application/json',
    });
    expect(body).toBe('{"a":1}');
  });

  it('decodes by content-type', () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(decodeBody(bytes(''), 'application/json')).toBeUndefined();
    expect(decodeBody(bytes('{"a":1}'), 'application/json')).toEqual({ a: 1 });
    expect(decodeBody(bytes('<oops>'), 'application/json')).toBe('<oops>');
    expect(decodeBody(bytes('{"a":1}'), undefined)).toBe('{"a":1}');
    expect(decodeBody(bytes('<a/>'), 'application/xml')).toBe('<a/>');
    expect(decodeBody(bytes('\u0000\u0001'), 'application/octet-stream')).toEqual(bytes('\u0000\u0001'));
  });

  it('joins repeated headers', () => {
    expect(flattenHeaders({ 'Set-Cookie': ['a=1', 'b=2'], X: 'y', Z: undefined })).toEqual({
      'set-cookie': 'a=1, b=2',
      x: 'y',
    });
  });
});

describe('resolveTransportOptions', () => {
  const env = {};
  it('applies the defaults and freezes', () => {
    const resolved = resolveTransportOptions({}, env);
    expect(resolved).toMatchObject({
      timeoutMs: 30_000,
      proxy: false,
      userAgent: `stratus/${STRATUS_VERSION}`,
    });
    expect(resolved.retry).toMatchObject({ maxAttempts: 10, statuses: [408, 429, 502, 503, 504] });
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it.each([
    [{ timeoutMs: 0 }, /`timeoutMs` must be a number of milliseconds > 0/],
    [{ timeoutMs: Number.NaN }, /`timeoutMs`/],
    [{ retry: { maxAttempts: 0 } }, /`retry.maxAttempts` must be a whole number/],
    [{ retry: { statuses: [200] } }, /4xx\/5xx/],
    [{ retry: { minDelayMs: -1 } }, /`retry.minDelayMs`/],
    [{ userAgent: 'a\nb' }, /single line/],
    [{ tls: { insecure: 'yes' as unknown as boolean } }, /`tls.insecure` must be true or false/],
  ])('rejects %j', (options, message) => {
    expect(() => resolveTransportOptions(options, env)).toThrow(ConfigurationError);
    expect(() => resolveTransportOptions(options, env)).toThrow(message);
  });

  it('reads STRATUS_DEBUG before LIBCLOUD_DEBUG, maps 1/stderr to stderr, and the unsafe flag only from =1', () => {
    expect(resolveDebug(undefined, { STRATUS_DEBUG: '/tmp/a', LIBCLOUD_DEBUG: '/tmp/b' }).transcript).toBe(
      '/tmp/a',
    );
    expect(resolveDebug(undefined, { LIBCLOUD_DEBUG: '/tmp/b' }).transcript).toBe('/tmp/b');
    expect(resolveDebug(undefined, { STRATUS_DEBUG: '1' }).transcript).toBe(process.stderr);
    expect(
      resolveDebug(undefined, { STRATUS_DEBUG: 'f', STRATUS_DEBUG_UNSAFE_SHOW_SECRETS: '1' })
        .unsafeShowSecrets,
    ).toBe(true);
    expect(
      resolveDebug(undefined, { STRATUS_DEBUG: 'f', STRATUS_DEBUG_UNSAFE_SHOW_SECRETS: 'yes' })
        .unsafeShowSecrets,
    ).toBe(false);
    expect(resolveDebug(false, { STRATUS_DEBUG: 'f' }).transcript).toBeUndefined();
    expect(resolveDebug(undefined, {}).transcript).toBeUndefined();
  });
});
