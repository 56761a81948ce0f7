// Shared set-up of the 1.0 compute integration tests: a real transport (no auth), nock replies in either
// media type from the twin fixtures.
import type nock from 'nock';
import { createServiceClient, type ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { createV10ComputeClient, type V10Format } from '../../../src/drivers/openstack/v1-0/wire/client.ts';
import { createTransport, type Transport } from '../../../src/transport/index.ts';
import { v10FixtureText } from '../../unit/v1-0/fixtures.ts';

/** The host of the fake 1.0 endpoint. */
export const HOST = 'https://servers.api.example.com';
/** The account path of the fake endpoint. */
export const BASE = '/v1.0/424242';
/** The clock the clients use: 60 s before the `retryAfter` of the overLimit fixtures. */
export const NOW_MS = Date.parse('2010-11-17T12:00:00Z');

/** A 1.0 compute client over a real transport, and the transport to close. */
export interface Harness {
  readonly compute: ServiceClient;
  readonly transport: Transport;
}

/**
 * @param format - The media type the client speaks.
 * @returns The client (no retries, so each nock reply is used once) and its transport.
 */
export function harness(format: V10Format): Harness {
  const transport = createTransport({ retry: false });
  const nova = createServiceClient({
    serviceType: 'compute',
    name: 'Cloud Servers',
    endpoint: `${HOST}${BASE}`,
    send: transport.send,
  });
  return { compute: createV10ComputeClient(nova, { format, now: () => NOW_MS }), transport };
}

/** The content type a fixture is served with. */
export function contentType(format: V10Format): string {
  return format === 'xml' ? 'application/xml; charset=UTF-8' : 'application/json';
}

/**
 * Answers an interceptor with a fixture in the given media type.
 *
 * @param interceptor - The nock interceptor.
 * @param status - The status to answer.
 * @param name - The fixture, `<resource>/<operation>[.variant]`.
 * @param format - The media type.
 * @returns The scope.
 */
export function replyFixture(
  interceptor: nock.Interceptor,
  status: number,
  name: string,
  format: V10Format,
): nock.Scope {
  return interceptor.reply(status, v10FixtureText(name, format), { 'Content-Type': contentType(format) });
}

/**
 * Collects an async iterable.
 *
 * @param iterable - The iterable.
 * @returns Its items.
 */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
