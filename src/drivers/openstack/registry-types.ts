import type { OpenStackV10NodeDriver } from './v1-0/driver/driver.ts';
import type { OpenStackNodeDriver } from './v1-1/driver.ts';

// '.js': the emitted declarations must name the emitted file (TypeScript maps it to registry.ts here).
declare module '../../compute/registry.js' {
  // The OpenStack drivers, typed for `getDriver(Provider.OPENSTACK, { apiVersion })`.
  interface DriverClasses {
    /** OpenStack compute API v2.1 (libcloud's "1.1"). */
    readonly 'openstack@1.1': typeof OpenStackNodeDriver;
    /** OpenStack compute API 1.0 (the first generation; libcloud's `api_version='1.0'`). */
    readonly 'openstack@1.0': typeof OpenStackV10NodeDriver;
  }
}

/** The registry keys of the OpenStack drivers. */
export type OpenStackDriverKey = 'openstack@1.1' | 'openstack@1.0';
