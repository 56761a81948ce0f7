import { describe, expect, it } from 'vitest';
import {
  buildConfirmResizeRequest,
  buildRebootServerRequest,
  buildRebuildServerRequest,
  buildResizeServerRequest,
  buildRevertResizeRequest,
  V10RebootType,
} from '../../../../src/drivers/openstack/v1-0/server-actions/index.ts';
import { ConfigurationError } from '../../../../src/errors/index.ts';

describe('server action builders', () => {
  it('posts each action to /servers/{id}/action with its documented statuses', () => {
    expect(buildRebootServerRequest('7', V10RebootType.SOFT)).toEqual({
      method: 'POST',
      path: 'servers/7/action',
      json: { reboot: { type: 'SOFT' } },
      expect: [202],
    });
    expect(buildRebootServerRequest('7', 'HARD').json).toEqual({ reboot: { type: 'HARD' } });
    expect(buildRebuildServerRequest('7', '11').json).toEqual({ rebuild: { imageId: 11 } });
    expect(buildResizeServerRequest('7', '3').json).toEqual({ resize: { flavorId: 3 } });
    expect(buildConfirmResizeRequest('7')).toMatchObject({
      json: { confirmResize: null },
      expect: [202, 204],
    });
    expect(buildRevertResizeRequest('7')).toMatchObject({ json: { revertResize: null }, expect: [202, 204] });
  });

  it('rejects bad reboot types and ids with the field named', () => {
    expect(() => buildRebootServerRequest('7', 'WARM' as V10RebootType)).toThrow(/"SOFT" or "HARD"/);
    expect(() => buildResizeServerRequest('7', 'm1.small')).toThrow(ConfigurationError);
    expect(() => buildResizeServerRequest('7', 'm1.small')).toThrow(/flavorId/);
  });
});
