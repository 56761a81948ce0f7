import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../../src/errors/configuration-error.ts';
import { diskSizeGb } from '../../../../src/facade/cpi/disks.ts';

describe('diskSizeGb (BOSH disk sizes)', () => {
  it.each([
    [1024, 1],
    [1025, 2],
    [2048, 2],
    [10_000, 10],
  ])('%i MiB → %i GiB (rounded up)', (mib, gib) => {
    expect(diskSizeGb(mib)).toBe(gib);
  });

  it.each([1000, 0, -1, 1024.5, Number.NaN])('refuses %s MiB, naming the 1024 MiB minimum', (mib) => {
    expect(() => diskSizeGb(mib)).toThrow(ConfigurationError);
    expect(() => diskSizeGb(mib)).toThrow('1024 MiB');
  });
});
