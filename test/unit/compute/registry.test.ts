import { describe, expect, it } from 'vitest';
import { ConfigurationError, getDriver, listDrivers, NodeDriver, Provider } from '../../../src/index.ts';

describe('provider registry', () => {
  it('loads the OpenStack 1.1 driver lazily by default', async () => {
    const Driver = await getDriver(Provider.OPENSTACK);
    expect(Driver.prototype).toBeInstanceOf(NodeDriver);
    expect(Driver.name).toBe('OpenStackNodeDriver');
    expect(await getDriver(Provider.OPENSTACK, { apiVersion: '1.1' })).toBe(Driver);
  });

  it('names the registered drivers when asked for an unknown version', async () => {
    const error = await getDriver(Provider.OPENSTACK, { apiVersion: '9.9' as '1.1' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain('openstack@1.1');
    expect(listDrivers()).toContain('openstack@1.1');
  });
});
