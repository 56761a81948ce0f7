// A service client over the real transport (no auth, no retries) for the services' nock tests.
import { afterEach } from 'vitest';
import { createServiceClient, type ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { createTransport, type Transport } from '../../../src/transport/index.ts';

const open: Transport[] = [];

afterEach(async () => {
  for (let t = open.pop(); t !== undefined; t = open.pop()) await t.close();
});

/**
 * @param serviceType - The official service type.
 * @param name - The service's human name.
 * @param endpoint - The endpoint the catalog would give.
 * @returns A client whose transport is closed after the test.
 */
export function serviceClient(serviceType: string, name: string, endpoint: string): ServiceClient {
  const transport = createTransport({ retry: false });
  open.push(transport);
  return createServiceClient({ serviceType, name, endpoint, send: transport.send });
}

/**
 * @param items - An async iterable.
 * @returns Its items.
 */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
