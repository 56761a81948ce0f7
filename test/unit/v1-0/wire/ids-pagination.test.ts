import { describe, expect, it } from 'vitest';
import type { ServiceClient } from '../../../../src/drivers/openstack/service-client.ts';
import {
  checkV10Id,
  expectV10Id,
  idValue,
  optionalV10Id,
} from '../../../../src/drivers/openstack/v1-0/wire/ids.ts';
import {
  offsetNext,
  v10ListQuery,
  v10PageSize,
} from '../../../../src/drivers/openstack/v1-0/wire/pagination.ts';
import { ConfigurationError, ResponseShapeError } from '../../../../src/errors/index.ts';
import type { HttpResponse } from '../../../../src/transport/types.ts';

describe('1.0 ids', () => {
  it('accepts JSON integers and XML digit strings as the same id', () => {
    expect(expectV10Id(72258, '$.id')).toBe('72258');
    expect(expectV10Id('72258', '$.id')).toBe('72258');
    expect(optionalV10Id('', '$.x')).toBeUndefined();
  });

  it('rejects UUIDs, negatives and fractions from the wire, naming the path', () => {
    for (const bad of ['abc', -1, 1.5, 'a1b2', null]) {
      expect(() => expectV10Id(bad, '$.server.id')).toThrow(ResponseShapeError);
    }
    expect(() => expectV10Id('x', '$.server.id')).toThrow(/\$\.server\.id/);
  });

  it('checks caller ids, naming the argument and the fix', () => {
    expect(checkV10Id('42', 'serverId')).toBe('42');
    expect(() => checkV10Id('../42', 'serverId')).toThrow(ConfigurationError);
    expect(() => checkV10Id('', 'imageId')).toThrow(/imageId must be the decimal id .* e\.g\. "72258"/);
  });

  it('sends ids as JSON numbers', () => {
    expect(idValue('42')).toBe(42);
    expect(idValue('99999999999999999999')).toBe('99999999999999999999');
  });
});

describe('1.0 paging', () => {
  const client = { endpoint: 'https://nova.example/v1.0/123' } as unknown as ServiceClient;
  function page(url: string, count: number): HttpResponse {
    return {
      status: 200,
      headers: {},
      url,
      body: { servers: Array.from({ length: count }, (_, id) => ({ id })) },
    };
  }

  it('asks for the next offset after a full page and stops after a short one', () => {
    const next = offsetNext('servers', 2);
    expect(next(page('https://nova.example/v1.0/123/servers?limit=2', 2), client)).toBe(
      'https://nova.example/v1.0/123/servers?limit=2&offset=2',
    );
    expect(next(page('https://nova.example/v1.0/123/servers?limit=2&offset=2', 2), client)).toBe(
      'https://nova.example/v1.0/123/servers?limit=2&offset=4',
    );
    expect(next(page('https://nova.example/v1.0/123/servers?limit=2&offset=4', 1), client)).toBeUndefined();
  });

  it('defaults the page size to 1000 and rejects sizes outside 1..1000', () => {
    expect(v10PageSize(undefined)).toBe(1000);
    expect(() => v10PageSize(0)).toThrow(/pageSize must be an integer from 1 to 1000/);
    expect(() => v10PageSize(1001)).toThrow(ConfigurationError);
    expect(() => v10PageSize(2.5)).toThrow(ConfigurationError);
  });

  it('sends changes-since in epoch seconds and rejects invalid dates', () => {
    expect(v10ListQuery({ changesSince: new Date('2010-11-17T12:00:00.900Z'), pageSize: 5 })).toEqual({
      limit: 5,
      'changes-since': 1289995200,
    });
    expect(() => v10ListQuery({ changesSince: new Date('nope') })).toThrow(
      /changesSince must be a valid Date/,
    );
  });
});
