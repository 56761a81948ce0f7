import { describe, expect, it } from 'vitest';
import { parseV3Token } from '../../../../src/auth/keystone/v3-results.ts';
import { ResponseShapeError } from '../../../../src/errors/response-shape-error.ts';
import type { HttpResponse } from '../../../../src/transport/types.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

function response(fixture: string, token: string | null = 'gAAAA-test-token'): HttpResponse {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers['x-subject-token'] = token;
  return {
    status: 201,
    headers,
    body: loadFixture(`identity/tokens/${fixture}`),
    url: 'https://k/v3/auth/tokens',
  };
}

describe('parseV3Token (recorded from the local Keystone)', () => {
  it('project-scoped password token', () => {
    const { token, info } = parseV3Token(response('create.v3-password-project'), '3.x_password');
    expect(token).toBe('gAAAA-test-token');
    expect(info.authVersion).toBe('3');
    expect(info.user).toMatchObject({ name: 'demo', domain: { id: 'default', name: 'Default' } });
    expect(info.scope).toMatchObject({ kind: 'project', project: { name: 'demo' } });
    expect(info.roles).toEqual(expect.arrayContaining(['member', 'reader']));
    expect(info.expiresAt).toBeInstanceOf(Date);
    expect(info.expiresAt?.getTime()).toBeGreaterThan(info.issuedAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(info.catalog.endpoints.length).toBeGreaterThan(0);
  });

  it('system-scoped token', () => {
    expect(parseV3Token(response('create.v3-password-system'), '3.x_password').info.scope).toEqual({
      kind: 'system',
    });
  });

  it('unscoped token has an empty catalog', () => {
    const { info } = parseV3Token(response('create.v3-password-unscoped'), '3.x_password');
    expect(info.scope).toEqual({ kind: 'unscoped' });
    expect(info.catalog.endpoints).toEqual([]);
  });

  it('application credential token', () => {
    const { info } = parseV3Token(response('create.v3-appcred'), '3.x_appcred');
    expect(info.method).toBe('3.x_appcred');
    expect(info.scope.kind).toBe('project');
  });

  it('a missing X-Subject-Token is a ResponseShapeError naming the header', () => {
    expect(() => parseV3Token(response('create.v3-password-project', null), '3.x_password')).toThrow(
      ResponseShapeError,
    );
    expect(() => parseV3Token(response('create.v3-password-project', null), '3.x_password')).toThrow(
      '$headers.x-subject-token',
    );
  });

  it('a body without token is a ResponseShapeError at $.token', () => {
    const bad: HttpResponse = {
      status: 201,
      headers: { 'x-subject-token': 't' },
      body: { nope: 1 },
      url: 'u',
    };
    expect(() => parseV3Token(bad, '3.x_password')).toThrow('$.token');
  });
});
