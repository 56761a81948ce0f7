import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport, type HttpRequest, type Transport } from '../../../src/transport/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { type Capture, captureTranscript } from './capture.ts';

const run = promisify(execFile);
let server: LocalServer | undefined;
let transport: Transport | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

/** Answers with everything it saw except the credential, so a replay with a fingerprint gets the same answer. */
function echo(): Promise<LocalServer> {
  return startLocalServer((request, response) => {
    const seen = {
      method: request.method,
      url: request.url,
      userAgent: request.headers['user-agent'],
      contentType: request.headers['content-type'] ?? null,
      microversion: request.headers['openstack-api-version'] ?? null,
      note: request.headers['x-note'] ?? null,
      body: request.body,
    };
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(seen));
  });
}

/** The curl commands of a transcript: from a line starting with `curl` through its ` \\` continuations. */
function curlCommands(text: string): string[] {
  const commands: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('curl ')) current = [];
    if (current === undefined) continue;
    current.push(line);
    if (!line.endsWith(' \\')) {
      commands.push(current.join('\n'));
      current = undefined;
    }
  }
  return commands;
}

async function replay(capture: Capture, request: HttpRequest): Promise<void> {
  const response = await transport?.send(request, { attempt: 1 });
  const [command] = curlCommands(capture.text()).slice(-1);
  expect(command).toBeDefined();
  const { stdout } = await run('sh', ['-c', command ?? 'false'], { timeout: 10_000 });
  expect(JSON.parse(stdout)).toEqual(response?.body);
}

describe('the transcript’s curl line replays the request', () => {
  it('gets the same answer for a GET with a query, a token and a microversion', async () => {
    server = await echo();
    const capture = captureTranscript();
    transport = createTransport({ debug: { transcript: capture.stream }, retry: false });
    await replay(capture, {
      method: 'GET',
      url: `${server.url}/v2.1/servers/detail`,
      query: { limit: 2, name: "it's [a] {b} $HOME", tag: ['x', 'y'] },
      headers: { 'X-Auth-Token': 'real-token-never-shown', 'OpenStack-API-Version': 'compute 2.79' },
    });
  });

  it('gets the same answer for a POST with a JSON body full of shell metacharacters', async () => {
    server = await echo();
    const capture = captureTranscript();
    transport = createTransport({ debug: { transcript: capture.stream }, retry: false });
    await replay(capture, {
      method: 'POST',
      url: `${server.url}/v2.1/servers`,
      headers: { 'X-Note': 'quote \' and "double" and `tick` and $(date)' },
      json: { server: { name: "vm-'1'", metadata: { cmd: '$(rm -rf /); `id`', multi: 'line 1\nline 2' } } },
    });
  });
});
