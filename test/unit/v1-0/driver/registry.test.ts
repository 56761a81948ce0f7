import { describe, expect, it } from 'vitest';
import { getDriver, listDrivers, Provider } from '../../../../src/compute/registry.ts';
import { OpenStackV10NodeDriver } from '../../../../src/drivers/openstack/v1-0/driver/index.ts';

describe('provider registry: OpenStack 1.0', () => {
  it('loads the 1.0 driver for apiVersion 1.0, as libcloud picks it by api_version', async () => {
    const Driver = await getDriver(Provider.OPENSTACK, { apiVersion: '1.0' });
    expect(Driver).toBe(OpenStackV10NodeDriver);
    const driver = new Driver({
      auth: {
        method: 'forced_token',
        token: 'not-a-real-token',
        endpoints: { compute: 'https://x.example/v1.0/1' },
      },
    });
    expect([driver.provider, driver.apiVersion]).toEqual(['openstack', '1.0']);
    await driver.close();
  });

  it('lists it beside 1.1, which stays the default', async () => {
    expect(listDrivers()).toContain('openstack@1.0');
    expect(await getDriver(Provider.OPENSTACK)).not.toBe(OpenStackV10NodeDriver);
  });
});
