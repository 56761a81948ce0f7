// Debug output must never change an outcome (issue 14, defect 2): the same hostile answers give the same
// result with the transcript on and off, and a transcript that cannot be written is only a debug line.
import { Writable } from 'node:stream';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { BadRequestError } from '../../../src/errors/index.ts';
import { createTransport, type Transport, type TransportOptions } from '../../../src/transport/index.ts';
import { captureTranscript } from './capture.ts';

const HOST = 'http://hostile.test';
const DEEP = 100_000;
const deepJson = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
const open: Transport[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((transport) => transport.close()));
});

function transport(options: TransportOptions): Transport {
  const created = createTransport({ retry: false, ...options });
  open.push(created);
  return created;
}

async function outcome(options: TransportOptions, status: number): Promise<unknown> {
  nock(HOST).get('/deep').reply(status, deepJson, { 'Content-Type': 'application/json' });
  return transport(options)
    .send({ method: 'GET', url: `${HOST}/deep`, service: 'Nova' }, { attempt: 1 })
    .then(
      (response) => ({ status: response.status, object: typeof response.body === 'object' }),
      (error: unknown) => error,
    );
}

describe('a JSON body nested 100,000 levels deep', () => {
  it('a 200 is a 200 with the transcript on, as with it off', async () => {
    const capture = captureTranscript();
    const off = await outcome({ debug: false }, 200);
    const on = await outcome({ debug: { transcript: capture.stream } }, 200);
    expect(off).toEqual({ status: 200, object: true });
    expect(on).toEqual(off);
    expect(capture.text()).toContain('nested deeper than');
    expect(capture.text().length).toBeLessThan(200_000);
  });

  it('a 400 is a BadRequestError with the transcript on, as with it off', async () => {
    const off = await outcome({ debug: false }, 400);
    const on = await outcome({ debug: { transcript: captureTranscript().stream } }, 400);
    expect(off).toBeInstanceOf(BadRequestError);
    expect(on).toBeInstanceOf(BadRequestError);
  });

  it('the unsafe transcript (secrets shown) is bounded too', async () => {
    const capture = captureTranscript();
    const on = await outcome({ debug: { transcript: capture.stream, unsafeShowSecrets: true } }, 200);
    expect(on).toEqual({ status: 200, object: true });
    expect(capture.text()).toContain('nested deeper than');
  });
});

describe('a transcript that fails', () => {
  it('a throwing transcript stream does not fail the request', async () => {
    const broken = new Writable({
      write(): void {
        throw new Error('disk full');
      },
    });
    nock(HOST).get('/ok').reply(200, { ok: true }, { 'Content-Type': 'application/json' });
    const response = await transport({ debug: { transcript: broken } }).send(
      { method: 'GET', url: `${HOST}/ok` },
      { attempt: 1 },
    );
    expect(response.body).toEqual({ ok: true });
  });

  it('a huge text body is cut before it is redacted: the transcript entry stays small', async () => {
    const capture = captureTranscript();
    nock(HOST).get('/big').reply(200, 'x'.repeat(5_000_000), { 'Content-Type': 'text/plain' });
    const response = await transport({ debug: { transcript: capture.stream } }).send(
      { method: 'GET', url: `${HOST}/big` },
      { attempt: 1 },
    );
    expect(typeof response.body === 'string' && response.body.length).toBe(5_000_000);
    expect(capture.text()).toContain('(5000000 characters, cut)');
    expect(capture.text().length).toBeLessThan(80_000);
  });
});

describe('a page of unclosed tags in the transcript', () => {
  it('is redacted in linear time (a quadratic scan took 19 s for 69,000 characters)', async () => {
    const capture = captureTranscript();
    nock(HOST)
      .get('/page')
      .reply(200, `${'<a '.repeat(23_000)}${'<password '.repeat(7_000)}`, { 'Content-Type': 'text/html' });
    const started = performance.now();
    const response = await transport({ debug: { transcript: capture.stream } }).send(
      { method: 'GET', url: `${HOST}/page` },
      { attempt: 1 },
    );
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('retry notes', () => {
  it('keep the query string of the request they are about', async () => {
    const capture = captureTranscript();
    nock(HOST)
      .get('/servers')
      .query({ name: 'web-1' })
      .reply(503, '')
      .get('/servers')
      .query({ name: 'web-1' })
      .reply(200, {});
    await transport({ debug: { transcript: capture.stream }, retry: { minDelayMs: 1 } }).send(
      { method: 'GET', url: `${HOST}/servers`, query: { name: 'web-1' } },
      { attempt: 1 },
    );
    expect(capture.text()).toMatch(/# retry: GET http:\/\/hostile\.test\/servers\?name=web-1: retrying/);
  });
});
