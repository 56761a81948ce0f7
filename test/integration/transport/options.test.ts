import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, NetworkError } from '../../../src/errors/index.ts';
import { createTransport, type Transport } from '../../../src/transport/index.ts';
import { type LocalServer, portOf, startLocalServer } from '../../helpers/local-server.ts';
import { allowLocalNet } from '../../helpers/nock.ts';

let dir: string;
let transport: Transport | undefined;
let server: LocalServer | undefined;
let https: HttpsServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stratus-test-transport-options-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await transport?.close();
  await server?.close();
  const current = https;
  if (current) await new Promise<void>((done) => current.close(() => done()));
  https = undefined;
  transport = undefined;
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function ok(): Promise<LocalServer> {
  return startLocalServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"ok":true}');
  });
}

describe('STRATUS_DEBUG / LIBCLOUD_DEBUG', () => {
  it.each(['STRATUS_DEBUG', 'LIBCLOUD_DEBUG'])(
    '%s=<file> writes the transcript when options.debug is absent',
    async (name) => {
      server = await ok();
      const file = join(dir, `${name}.log`);
      vi.stubEnv('STRATUS_DEBUG', '');
      vi.stubEnv('LIBCLOUD_DEBUG', '');
      vi.stubEnv(name, file);
      transport = createTransport({ retry: false });
      await transport.send({ method: 'GET', url: `${server.url}/v3` }, { attempt: 1 });
      expect(readFileSync(file, 'utf8')).toContain(`curl --globoff -sS -X GET '${server.url}/v3'`);
    },
  );

  it('names the variable and the path when the transcript file cannot be written', () => {
    vi.stubEnv('STRATUS_DEBUG', join(dir, 'no-such-dir', 'x.log'));
    expect(() => createTransport({ retry: false })).toThrow(ConfigurationError);
    expect(() => createTransport({ retry: false })).toThrow(
      /cannot write the debug transcript to .*no-such-dir/,
    );
  });

  it('keeps answering requests when the transcript file disappears mid-way', async () => {
    server = await ok();
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    transport = createTransport({ retry: false, debug: { transcript: join(sub, 't.log') } });
    rmSync(sub, { recursive: true });
    const response = await transport.send({ method: 'GET', url: `${server.url}/v3` }, { attempt: 1 });
    expect(response.body).toEqual({ ok: true });
  });

  it('ignores the environment when options.debug is false', async () => {
    server = await ok();
    const file = join(dir, 'never.log');
    vi.stubEnv('STRATUS_DEBUG', file);
    transport = createTransport({ retry: false, debug: false });
    await transport.send({ method: 'GET', url: `${server.url}/v3` }, { attempt: 1 });
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });
});

describe('proxy', () => {
  // nock intercepts by target host, not by proxy, so it is switched off while a real local proxy is used.
  beforeEach(() => {
    nock.restore();
  });
  afterEach(() => {
    nock.activate();
  });

  it('sends through an explicit proxy URL with its credentials', async () => {
    // The "proxy" is a plain HTTP server: undici forwards http:// targets to it in absolute form.
    server = await ok();
    transport = createTransport({
      retry: false,
      debug: false,
      proxy: `http://bob:pr0xy-pass@127.0.0.1:${new URL(server.url).port}`,
    });
    const response = await transport.send(
      { method: 'GET', url: 'http://keystone.invalid:5000/v3' },
      { attempt: 1 },
    );
    expect(response.body).toEqual({ ok: true });
    expect(server.requests[0]?.url).toBe('http://keystone.invalid:5000/v3');
    expect(server.requests[0]?.headers['proxy-authorization']).toBe(
      `Basic ${Buffer.from('bob:pr0xy-pass').toString('base64')}`,
    );
  });

  it("honours HTTP_PROXY and NO_PROXY only with proxy: 'env'", async () => {
    server = await ok();
    const direct = await ok();
    try {
      for (const name of ['HTTP_PROXY', 'http_proxy']) vi.stubEnv(name, server.url);
      for (const name of ['NO_PROXY', 'no_proxy']) vi.stubEnv(name, '127.0.0.1');
      transport = createTransport({ retry: false, debug: false, proxy: 'env' });
      await transport.send({ method: 'GET', url: 'http://nova.invalid:8774/' }, { attempt: 1 });
      expect(server.requests.map((r) => r.url)).toEqual(['http://nova.invalid:8774/']);
      await transport.send({ method: 'GET', url: `${direct.url}/direct` }, { attempt: 1 });
      expect(direct.requests.map((r) => r.url)).toEqual(['/direct']);
      expect(server.requests).toHaveLength(1);
      const plain = createTransport({ retry: false, debug: false });
      await plain.send({ method: 'GET', url: `${direct.url}/not-proxied` }, { attempt: 1 });
      await plain.close();
      expect(server.requests).toHaveLength(1);
    } finally {
      await direct.close();
    }
  });

  it('rejects a proxy that is not a URL, without echoing its password', () => {
    expect(() => createTransport({ proxy: 'bob:secret-pw@proxy' })).toThrow(ConfigurationError);
    expect(() => createTransport({ proxy: 'ftp://proxy' })).toThrow(/http:\/\/ or https:\/\//);
  });
});

function selfSigned(): { cert: string; key: string } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

async function startHttps(cert: string, key: string): Promise<string> {
  allowLocalNet();
  https = createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"tls":true}');
  });
  await new Promise<void>((done) => https?.listen(0, '127.0.0.1', done));
  return `https://127.0.0.1:${portOf(https)}/`;
}

describe('TLS', () => {
  it('trusts a CA bundle given as a path or as PEM, refuses without it, and allows insecure', async () => {
    const { cert, key } = selfSigned();
    const url = await startHttps(cert, key);
    const untrusted = createTransport({ retry: false, debug: false });
    const refused = untrusted.send({ method: 'GET', url }, { attempt: 1 });
    await expect(refused).rejects.toBeInstanceOf(NetworkError);
    await expect(refused).rejects.toThrow(
      /certificate of the server was rejected \(DEPTH_ZERO_SELF_SIGNED_CERT\); pass its CA bundle as `tls.ca`/,
    );
    await untrusted.close();
    for (const ca of [cert, readFileSync(cert, 'utf8')]) {
      const trusted = createTransport({ retry: false, debug: false, tls: { ca } });
      expect((await trusted.send({ method: 'GET', url }, { attempt: 1 })).body).toEqual({ tls: true });
      await trusted.close();
    }
    transport = createTransport({ retry: false, debug: false, tls: { insecure: true } });
    expect((await transport.send({ method: 'GET', url }, { attempt: 1 })).body).toEqual({ tls: true });
  });

  it('names the field and the fix for an unreadable CA path or a lone cert', () => {
    expect(() => createTransport({ tls: { ca: join(dir, 'missing.pem') } })).toThrow(
      /`tls.ca`: the file .* does not exist/,
    );
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(() => createTransport({ tls: { ca: notPem } })).toThrow(/holds no PEM block/);
    expect(() => createTransport({ tls: { cert: '-----BEGIN CERTIFICATE-----' } })).toThrow(/go together/);
  });

  it('never echoes a client key that is neither PEM nor a path (key material pasted without its BEGIN line)', () => {
    const material = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
    const attempt = () => createTransport({ tls: { cert: '-----BEGIN CERTIFICATE-----', key: material } });
    expect(attempt).toThrow(/`tls.key`: the file \(value not shown: it may be key material\) does not exist/);
    expect(attempt).not.toThrow(new RegExp(material.slice(0, 20)));
  });
});
