import { describe, expect, it } from 'vitest';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import {
  ConfigurationError,
  getDriver,
  listDrivers,
  NodeDriver,
  Provider,
  registerDriver,
} from '../../../src/index.ts';

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

describe('registerDriver: an open registry (libcloud set_driver)', () => {
  abstract class ThirdPartyDriver extends NodeDriver {}

  it('adds a third-party provider, loaded lazily on first getDriver, first version as default', async () => {
    let loads = 0;
    registerDriver('t-parity-cloud', async () => {
      loads += 1;
      return ThirdPartyDriver;
    });
    registerDriver('t-parity-cloud', async () => OpenStackNodeDriver, { apiVersion: '2' });
    expect(loads).toBe(0);
    expect(listDrivers()).toEqual(expect.arrayContaining(['t-parity-cloud@1', 't-parity-cloud@2']));
    expect(await getDriver('t-parity-cloud')).toBe(ThirdPartyDriver);
    expect(await getDriver('t-parity-cloud', { apiVersion: '2' })).toBe(OpenStackNodeDriver);
    expect(loads).toBe(1);
  });

  it('a later version can take the default; duplicates, bad names and non-drivers are refused', async () => {
    registerDriver('t-parity-other', async () => ThirdPartyDriver, { apiVersion: '1' });
    registerDriver('t-parity-other', async () => OpenStackNodeDriver, { apiVersion: '3', default: true });
    expect(await getDriver('t-parity-other')).toBe(OpenStackNodeDriver);
    expect(() => registerDriver('t-parity-other', async () => ThirdPartyDriver)).toThrow(
      /already registered/,
    );
    expect(() => registerDriver('', async () => ThirdPartyDriver)).toThrow(ConfigurationError);
    expect(() => registerDriver('x y', async () => ThirdPartyDriver)).toThrow('`provider`');
    registerDriver('t-parity-broken', async () => ({ not: 'a driver' }));
    await expect(getDriver('t-parity-broken')).rejects.toThrow(/did not give a NodeDriver subclass/);
    await expect(getDriver(Provider.OPENSTACK)).resolves.toBe(OpenStackNodeDriver);
  });
});
