import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { CpiContext } from './context.ts';

/**
 * Reboots a server (BOSH `reboot_vm`): soft unless `hard` is set.
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param hard - A hard (power-cycle) reboot.
 * @param signal - Aborts the request.
 * @returns Once the provider accepted it.
 */
export async function rebootVm(
  context: CpiContext,
  vmId: string,
  hard = false,
  signal?: AbortSignal,
): Promise<void> {
  await context.driver.rebootNode(vmId, { hard }, signal);
}

/**
 * Merges metadata into a server's (BOSH `set_vm_metadata`).
 *
 * @param context - The facade's context.
 * @param vmId - The server id.
 * @param metadata - Keys and values; each value is cut to the provider's 255-character limit.
 * @param signal - Aborts the request.
 * @returns Once set.
 * @throws {@link ConfigurationError} when the driver has no metadata support.
 */
export async function setVmMetadata(
  context: CpiContext,
  vmId: string,
  metadata: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<void> {
  const extras = requireExtras(context, 'set_vm_metadata');
  const cut = Object.fromEntries(
    Object.entries(metadata).map(([k, v]) => [k.slice(0, 255), String(v).slice(0, 255)]),
  );
  await extras.setServerMetadata(vmId, cut, signal);
}

/**
 * @param context - The facade's context.
 * @param method - The CPI method that needs the extras.
 * @returns The extras.
 * @throws {@link ConfigurationError} when the driver lacks them.
 */
export function requireExtras(context: CpiContext, method: string): NonNullable<CpiContext['extras']> {
  if (context.extras === undefined) {
    throw new ConfigurationError(
      `${method} needs a driver with the 'extras' capability; ${context.driver.name} has none`,
    );
  }
  return context.extras;
}
