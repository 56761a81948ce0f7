import { describe, expect, it } from 'vitest';
import {
  buildGetLimitsRequest,
  parseV10LimitsBody,
} from '../../../../src/drivers/openstack/v1-0/limits/index.ts';
import { FORMATS, v10FixtureBody } from '../fixtures.ts';

describe('limits', () => {
  it('builds GET /limits', () => {
    expect(buildGetLimitsRequest()).toEqual({ method: 'GET', path: 'limits', expect: [200, 203] });
  });

  it.each(FORMATS)('parses rate and absolute limits (%s)', (format) => {
    const limits = parseV10LimitsBody(v10FixtureBody('limits/get', format));
    expect(limits.absolute).toEqual({ maxTotalRAMSize: 51200, maxIPGroups: 25, maxIPGroupMembers: 25 });
    expect(limits.rate).toHaveLength(3);
    expect(limits.rate[0]).toEqual({
      verb: 'POST',
      uri: '*',
      regex: '.*',
      value: 10,
      remaining: 7,
      unit: 'MINUTE',
      resetTime: new Date(1290000060 * 1000),
    });
  });

  it('treats missing sections as empty and names a bad value', () => {
    expect(parseV10LimitsBody({ limits: {} })).toEqual({ rate: [], absolute: {} });
    expect(() => parseV10LimitsBody({ limits: { absolute: { maxIPGroups: 'many' } } })).toThrow(
      /\$\.limits\.absolute\.maxIPGroups/,
    );
  });
});
