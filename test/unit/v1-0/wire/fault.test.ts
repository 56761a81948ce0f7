import { describe, expect, it } from 'vitest';
import {
  faultText,
  parseV10Fault,
  retryAfterToMs,
} from '../../../../src/drivers/openstack/v1-0/wire/fault.ts';
import { decodeV10Xml } from '../../../../src/drivers/openstack/v1-0/wire/xml-decode.ts';
import { FORMATS, v10FixtureText } from '../fixtures.ts';

function body(name: string, format: 'json' | 'xml'): unknown {
  const text = v10FixtureText(name, format);
  return format === 'xml' ? decodeV10Xml(text) : JSON.parse(text);
}

describe.each(FORMATS)('parseV10Fault (%s)', (format) => {
  it('reads name, code, message and details of itemNotFound', () => {
    expect(parseV10Fault(body('faults/item-not-found', format))).toEqual({
      name: 'itemNotFound',
      code: 404,
      message: 'The server could not be found',
      details: 'Server 52415899 does not exist',
      retryAfter: undefined,
    });
  });

  it('reads retryAfter of overLimit', () => {
    expect(parseV10Fault(body('faults/over-limit', format))).toMatchObject({
      name: 'overLimit',
      code: 413,
      retryAfter: '2010-11-17T12:01:00Z',
    });
  });
});

describe('parseV10Fault on other bodies', () => {
  it('returns undefined for bodies that are not a single fault object', () => {
    expect(parseV10Fault(undefined)).toBeUndefined();
    expect(parseV10Fault('text')).toBeUndefined();
    expect(parseV10Fault({ a: { message: 'x' }, b: {} })).toBeUndefined();
    expect(parseV10Fault({ a: 'x' })).toBeUndefined();
  });
});

describe('retryAfterToMs', () => {
  const now = Date.parse('2010-11-17T12:00:00Z');
  it('measures an ISO time from now', () => expect(retryAfterToMs('2010-11-17T12:01:00Z', now)).toBe(60_000));
  it('reads seconds', () => expect(retryAfterToMs('2.5', now)).toBe(2500));
  it('never goes negative', () => expect(retryAfterToMs('2010-11-17T11:00:00Z', now)).toBe(0));
  it('gives undefined for junk or nothing', () => {
    expect(retryAfterToMs('soon', now)).toBeUndefined();
    expect(retryAfterToMs(undefined, now)).toBeUndefined();
  });
});

describe('faultText', () => {
  it('adds details when they say more than the message', () => {
    const fault = {
      name: 'badRequest',
      code: 400,
      message: 'Bad',
      details: 'flavorId',
      retryAfter: undefined,
    };
    expect(faultText(fault)).toBe('Bad (flavorId)');
    expect(faultText({ ...fault, details: 'Bad' })).toBe('Bad');
    expect(faultText({ ...fault, message: undefined, details: undefined })).toBe('badRequest');
  });
});
