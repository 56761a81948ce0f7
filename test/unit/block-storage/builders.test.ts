import { describe, expect, it } from 'vitest';
import { buildAttachVolumeRequest } from '../../../src/drivers/openstack/block-storage/attachments/index.ts';
import { parseVolumeQuotas } from '../../../src/drivers/openstack/block-storage/quotas/index.ts';
import {
  buildCreateVolumeRequest,
  buildDeleteVolumeRequest,
  buildExtendVolumeRequest,
  parseVolume,
} from '../../../src/drivers/openstack/block-storage/volumes/index.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

describe('Cinder builders', () => {
  it('requires a whole size for empty and image volumes, not for clones', () => {
    expect(() => buildCreateVolumeRequest({})).toThrow(/sizeGb is required for an empty volume/);
    expect(() => buildCreateVolumeRequest({ source: { kind: 'image', imageId: 'i' } })).toThrow(
      ConfigurationError,
    );
    expect(() => buildCreateVolumeRequest({ sizeGb: 1.5 })).toThrow(/whole number/);
    expect(buildCreateVolumeRequest({ source: { kind: 'volume', volumeId: 'v' } }).json).toEqual({
      volume: { size: null, source_volid: 'v' },
    });
  });

  it('extends with os-extend and validates the size', () => {
    expect(buildExtendVolumeRequest('v', 3).json).toEqual({ 'os-extend': { new_size: 3 } });
    expect(() => buildExtendVolumeRequest('v', 0)).toThrow(ConfigurationError);
  });

  it('adds cascade only when asked', () => {
    expect(buildDeleteVolumeRequest('v').query).toBeUndefined();
    expect(buildDeleteVolumeRequest('v', true).query).toEqual({ cascade: true });
  });

  it('builds the Nova attachment body with an optional device', () => {
    expect(buildAttachVolumeRequest('s', 'v').json).toEqual({ volumeAttachment: { volumeId: 'v' } });
    expect(buildAttachVolumeRequest('s', 'v', '/dev/vdc').json).toEqual({
      volumeAttachment: { volumeId: 'v', device: '/dev/vdc' },
    });
  });
});

describe('Cinder parsers', () => {
  it('reads Cinder’s string bootable and the attachments (recorded)', () => {
    const body = loadFixture('block-storage/volumes/get.in-use') as { volume: Record<string, unknown> };
    const volume = parseVolume(body.volume);
    expect(volume.bootable).toBe(false);
    expect(parseVolume({ ...body.volume, bootable: 'true' }).bootable).toBe(true);
    expect(volume.attachments).toEqual([
      {
        serverId: 'ac348cf0-be1b-4cdd-aba8-faa112c1b5b1',
        attachmentId: '49acf699-3c72-4ccf-b979-3f970e4e20c6',
        device: '/dev/sdb',
      },
    ]);
  });

  it('maps in_use to inUse and leaves out the project id', () => {
    const quotas = parseVolumeQuotas(loadFixture('block-storage/quotas/get'));
    expect(quotas.gigabytes?.limit).toBeGreaterThan(0);
    expect(quotas.volumes?.inUse).toBeGreaterThanOrEqual(0);
    expect(Object.keys(quotas)).not.toContain('id');
  });
});
