import type { Ec2NodeDriver } from './driver.ts';

// '.js': the emitted declarations must name the emitted file (TypeScript maps it to registry.ts here).
declare module '../../compute/registry.js' {
  // The EC2 driver, typed for `getDriver(Provider.EC2)`.
  interface DriverClasses {
    /** Amazon EC2 Query API 2016-11-15. */
    readonly 'ec2@2016-11-15': typeof Ec2NodeDriver;
  }
}

/** The registry key of the EC2 driver. */
export type Ec2DriverKey = 'ec2@2016-11-15';
