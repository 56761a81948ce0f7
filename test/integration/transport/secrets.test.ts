import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, inspect } from 'node:util';
import createDebug from 'debug';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport, fingerprint, type Transport } from '../../../src/transport/index.ts';
import { closedPort, type LocalServer, startLocalServer } from '../../helpers/local-server.ts';

const TOKEN = 'gAAAAABk-secret-token-7f3e9c01';
const BEARER = 'bearer-secret-55aa77cc';
const SUBJECT_TOKEN = 'gAAAAABk-subject-token-1234abcd';
const PASSWORD = 'Pa55-w0rd-\'XyZ"!';
const APP_SECRET = 'app-cred-secret-0099ffee';
const ADMIN_PASS = 'AdminPass-4242-hunter';
const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretkeymaterial42\n-----END RSA PRIVATE KEY-----';
const URL_PASSWORD = 'Url-Pa55-word-31337';
const PROXY_PASSWORD = 'Proxy-Pa55-word-8080';
const TLS_KEY = '-----BEGIN PRIVATE KEY-----\nTLSclientkeymaterial77\n-----END PRIVATE KEY-----';
const SECRETS = [
  TOKEN,
  BEARER,
  SUBJECT_TOKEN,
  PASSWORD,
  APP_SECRET,
  ADMIN_PASS,
  PRIVATE_KEY,
  'MIIEsecretkeymaterial42',
  URL_PASSWORD,
  PROXY_PASSWORD,
  'TLSclientkeymaterial77',
];

let server: LocalServer | undefined;
let transport: Transport | undefined;
let dir: string;
const debugLines: string[] = [];
const originalLog = createDebug.log;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stratus-test-transport-secrets-'));
  debugLines.length = 0;
  createDebug.log = (...args: unknown[]): void => {
    debugLines.push(format(...args));
  };
  createDebug.enable('stratus:*');
});

afterEach(async () => {
  createDebug.disable();
  createDebug.log = originalLog;
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function answer(): Promise<LocalServer> {
  return startLocalServer((request, response, index) => {
    const json = { 'Content-Type': 'application/json', 'X-Subject-Token': SUBJECT_TOKEN };
    if (request.url.startsWith('/v3/auth/tokens')) {
      // A careless server echoing the password in its fault must not leak it through the error message.
      response.writeHead(400, json);
      response.end(
        JSON.stringify({ error: { message: `Invalid password ${PASSWORD} for user demo`, code: 400 } }),
      );
    } else if (request.method === 'PUT' && index === 0) {
      response.writeHead(503, { ...json, 'Retry-After': '0' });
      response.end('{}');
    } else {
      response.writeHead(202, json);
      const body = {
        server: { id: 's1', adminPass: ADMIN_PASS, note: `mirror at http://demo:${URL_PASSWORD}@mirror/` },
        keypair: { private_key: PRIVATE_KEY },
      };
      response.end(JSON.stringify(body));
    }
  });
}

describe('secrets never reach any output', () => {
  it('redacts headers, bodies, URLs, errors, debug lines, the transcript and util.inspect', async () => {
    server = await answer();
    const transcriptPath = join(dir, 'transcript.log');
    transport = createTransport({ debug: { transcript: transcriptPath }, retry: { minDelayMs: 1 } });
    const authority = server.url.replace('http://', `http://demo:${encodeURIComponent(URL_PASSWORD)}@`);
    const headers = { 'X-Auth-Token': TOKEN, Authorization: `Bearer ${BEARER}` };
    const created = await transport.send(
      {
        method: 'PUT',
        url: `${authority}/v2.1/servers/s1`,
        headers,
        json: {
          application_credential: { id: 'ac1', secret: APP_SECRET },
          server: { adminPass: ADMIN_PASS },
        },
      },
      { attempt: 1 },
    );
    expect(created.status).toBe(202);
    const messages: string[] = [];
    const login = transport.send(
      {
        method: 'POST',
        url: `${server.url}/v3/auth/tokens`,
        service: 'Keystone',
        json: {
          auth: {
            identity: { methods: ['password'], password: { user: { name: 'demo', password: PASSWORD } } },
          },
        },
      },
      { attempt: 1 },
    );
    await login.catch((error: unknown) => messages.push(String(error), inspect(error)));
    const port = await closedPort();
    const refused = transport.send(
      { method: 'GET', url: `http://demo:${URL_PASSWORD}@127.0.0.1:${port}/x`, headers, timeoutMs: 2_000 },
      { attempt: 1 },
    );
    await refused.catch((error: unknown) => messages.push(String(error), inspect(error)));
    expect(messages).toHaveLength(4);

    const withSecrets = createTransport({
      proxy: `http://bob:${PROXY_PASSWORD}@127.0.0.1:3128`,
      tls: { key: TLS_KEY, cert: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' },
      debug: false,
    });
    const printedOptions = [inspect(withSecrets.options, { depth: 10 }), JSON.stringify(withSecrets.options)];
    await withSecrets.close();

    const transcript = readFileSync(transcriptPath, 'utf8');
    const outputs = {
      transcript,
      debug: debugLines.join('\n'),
      messages: messages.join('\n'),
      options: printedOptions.join('\n'),
    };
    for (const [where, text] of Object.entries(outputs)) {
      for (const secret of SECRETS) {
        // Raw, JSON-escaped and URL-encoded: a secret echoed inside a JSON string is still a leak.
        for (const form of new Set([
          secret,
          JSON.stringify(secret).slice(1, -1),
          encodeURIComponent(secret),
        ])) {
          expect(text.includes(form), `${where} contains ${form.slice(0, 12)}…`).toBe(false);
        }
      }
    }
    // The outputs are not vacuous: the fingerprints are there in place of the secrets.
    expect(transcript).toContain(fingerprint(TOKEN));
    expect(transcript).toContain(`Bearer ${fingerprint(BEARER)}`);
    expect(transcript).toContain(fingerprint(SUBJECT_TOKEN));
    expect(transcript).toContain(fingerprint(APP_SECRET));
    expect(transcript).toContain(fingerprint(ADMIN_PASS));
    expect(transcript).toContain(fingerprint(URL_PASSWORD));
    expect(transcript).toContain('retry:');
    expect(outputs.messages).toContain(`Invalid password ${fingerprint(PASSWORD)} for user demo`);
    expect(outputs.options).toContain(fingerprint(PROXY_PASSWORD));
    expect(outputs.debug).toMatch(/PUT .*\/v2\.1\/servers\/s1 → 202/);
    expect(transcript).toMatch(/retrying in 0\.0 s \(Retry-After\) after 503/);
    if (process.env.STRATUS_TEST_SHOW_TRANSCRIPT === '1') console.log(transcript);
  });

  it('redacts XML bodies (the 1.0 compute API) by the same field names', async () => {
    const xmlPass = 'Xml-Admin-Pass-7788';
    // The server generates its own password: only the field rule, not the request's secrets, can hide it.
    const generated = 'Xml-Server-Generated-9900';
    server = await startLocalServer((_request, response) => {
      response.writeHead(202, { 'Content-Type': 'application/xml' });
      response.end(
        `<server xmlns="http://docs.openstack.org/compute/api/v1.0" id="1" adminPass="${generated}"/>`,
      );
    });
    const transcriptPath = join(dir, 'xml.log');
    transport = createTransport({ debug: { transcript: transcriptPath }, retry: false });
    const body = `<server xmlns="http://docs.openstack.org/compute/api/v1.0" name="vm" adminPass="${xmlPass}"/>`;
    await transport.send(
      {
        method: 'POST',
        url: `${server.url}/v1.0/servers`,
        headers: { 'Content-Type': 'application/xml' },
        body,
      },
      { attempt: 1 },
    );
    const transcript = readFileSync(transcriptPath, 'utf8');
    expect(transcript).not.toContain(xmlPass);
    expect(transcript).not.toContain(generated);
    expect(transcript).toContain(`adminPass="${fingerprint(xmlPass)}"`);
    expect(transcript).toContain(`adminPass="${fingerprint(generated)}"`);
  });

  it('shows secrets raw only behind the loudly named opt-out, with a warning banner', async () => {
    server = await answer();
    const transcriptPath = join(dir, 'unsafe.log');
    transport = createTransport({
      debug: { transcript: transcriptPath, unsafeShowSecrets: true },
      retry: false,
    });
    await transport.send(
      { method: 'GET', url: `${server.url}/v2.1/servers/s1`, headers: { 'X-Auth-Token': TOKEN } },
      { attempt: 1 },
    );
    const transcript = readFileSync(transcriptPath, 'utf8');
    expect(transcript.startsWith('# !!! UNSAFE')).toBe(true);
    expect(transcript).toContain(TOKEN);
    expect(debugLines.join('\n')).not.toContain(TOKEN);
  });
});
