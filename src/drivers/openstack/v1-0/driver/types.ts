import type { OpenStackSession, SessionOptions } from '../../../../auth/session.ts';
import type { V10ComputeSettings } from './context.ts';
import type { V10ComputeExtension } from './extension.ts';

/** How to build an {@link OpenStackV10NodeDriver}: an existing session, or the options to create one. */
export type OpenStackV10DriverOptions = ({ readonly session: OpenStackSession } | SessionOptions) & {
  /** Media type and catalog service name. */
  readonly compute?: V10ComputeSettings | undefined;
};

/** The 1.0 driver's extension namespace. */
export interface OpenStackV10Extensions {
  /** Every 1.0 compute operation: servers, actions, images, flavors, limits, addresses, shared IP groups. */
  readonly compute: V10ComputeExtension;
}
