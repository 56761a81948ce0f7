// The composition point for the non-compute services of the OpenStack 1.1 driver (owned by the services
// area). Each service (image, network, block-storage, orchestration…) adds its `driver.ext.<name>` namespace
// to `createServiceExtensions`, and the portable capability it backs (ImageManagement from Glance,
// VolumeManagement from Cinder) to `createPortableServices`. Both receive the driver's shared context (one
// session, one token, cached service clients). A capability appears in `driver.capabilities` exactly when
// `createPortableServices` provides it; the driver class itself never changes.
import type { ImageManagement, VolumeManagement } from '../../../compute/capabilities.ts';
import type { DriverContext } from './context.ts';

/** The `driver.ext` namespaces contributed by the non-compute services, by name. */
export type ServiceExtensions = Readonly<Record<never, never>>;

/** Portable capabilities backed by other services. */
export interface PortableServices {
  /** Image methods (Glance). */
  readonly images?: ImageManagement | undefined;
  /** Volume methods (Cinder). */
  readonly volumes?: VolumeManagement | undefined;
}

/**
 * Builds the non-compute `ext` namespaces of one driver instance.
 *
 * @param context - The driver's shared context.
 * @returns The namespaces, merged into `driver.ext` next to `compute`.
 */
export function createServiceExtensions(context: DriverContext): ServiceExtensions {
  void context;
  return Object.freeze({});
}

/**
 * Builds the portable capability methods backed by other services for one driver instance.
 *
 * @param context - The driver's shared context.
 * @returns The capability implementations that exist.
 */
export function createPortableServices(context: DriverContext): PortableServices {
  void context;
  return Object.freeze({});
}
