import { CloudError } from '../../errors/cloud-error.ts';

/** The smallest disk BOSH's OpenStack CPI creates, in MiB. */
export const MIN_DISK_MIB = 1024;

/**
 * A disk size below the 1024 MiB minimum (or not a whole positive number of MiB).
 *
 * @example
 * ```ts
 * import { DiskSizeError } from 'stratus/facade';
 * console.log(new DiskSizeError(1000).message);
 * ```
 */
export class DiskSizeError extends CloudError {
  /** The size that was asked for, in MiB. */
  readonly sizeMiB: number;
  /** The minimum, in MiB. */
  readonly minimumMiB: number;

  /** @param sizeMiB - The size that was asked for. */
  constructor(sizeMiB: number) {
    super(
      `A disk of ${sizeMiB} MiB is too small: the minimum disk size is ${MIN_DISK_MIB} MiB (1 GiB); ask for at least ${MIN_DISK_MIB} MiB`,
      'ERR_DISK_TOO_SMALL',
    );
    this.sizeMiB = sizeMiB;
    this.minimumMiB = MIN_DISK_MIB;
  }
}

/**
 * Converts a BOSH disk size in MiB to whole GiB, rounding up.
 *
 * @param sizeMiB - The size in MiB (at least 1024).
 * @returns The size in GiB.
 * @throws {@link DiskSizeError} below 1024 MiB or for a non-integer size.
 * @example
 * ```ts
 * import { diskSizeGb } from 'stratus/facade';
 * diskSizeGb(1025); // 2
 * ```
 */
export function diskSizeGb(sizeMiB: number): number {
  if (!Number.isInteger(sizeMiB) || sizeMiB < MIN_DISK_MIB) throw new DiskSizeError(sizeMiB);
  return Math.ceil(sizeMiB / 1024);
}
