import type { AllocateFloatingIpOptions, FloatingIp } from '../models/floating-ip.ts';

/** Floating (public, movable) addresses (`driver.floatingIps` with {@link Capability.FLOATING_IPS}). */
export interface FloatingIpService {
  /** @param signal - Aborts the walk. @returns Every floating IP of the project, lazily. */
  listFloatingIps(signal?: AbortSignal): AsyncIterable<FloatingIp>;
  /** @param id - The id. @param signal - Aborts. @returns The floating IP, or `undefined`. */
  getFloatingIp(id: string, signal?: AbortSignal): Promise<FloatingIp | undefined>;
  /** @param options - Pool network and port. @param signal - Aborts. @returns The new floating IP. */
  allocateFloatingIp(options: AllocateFloatingIpOptions, signal?: AbortSignal): Promise<FloatingIp>;
  /**
   * Points a floating IP at a port, or clears it.
   * @param id - The floating IP.
   * @param portId - The port, or `null` to disassociate.
   * @param signal - Aborts.
   * @returns The updated floating IP.
   */
  associateFloatingIp(id: string, portId: string | null, signal?: AbortSignal): Promise<FloatingIp>;
  /** @param id - The id. @param signal - Aborts. @returns Once released. */
  releaseFloatingIp(id: string, signal?: AbortSignal): Promise<void>;
}
