import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { expectArray, expectObject, expectString } from '../../../src/shape/expect.ts';

/**
 * @param nova - The compute service.
 * @param name - A flavor name, e.g. `m1.nano`.
 * @returns Its id.
 */
export async function findFlavorIdByName(nova: ServiceClient, name: string): Promise<string> {
  const response = await nova.request({ method: 'GET', path: 'flavors', expect: [200] });
  const flavors = expectArray(expectObject(response.body, '$').flavors, '$.flavors');
  for (const [i, raw] of flavors.entries()) {
    const flavor = expectObject(raw, `$.flavors[${i}]`);
    if (flavor.name === name) return expectString(flavor.id, `$.flavors[${i}].id`);
  }
  throw new Error(`flavor ${name} is missing: run npm run cloud:up`);
}
