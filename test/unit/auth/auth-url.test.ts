import { describe, expect, it } from 'vitest';
import { identityRoot, loginUrl } from '../../../src/auth/auth-url.ts';
import { ConfigurationError } from '../../../src/errors/configuration-error.ts';

describe('identityRoot', () => {
  it.each([
    ['https://h:5000', 'https://h:5000'],
    ['https://h:5000/', 'https://h:5000'],
    ['https://h:5000/v3', 'https://h:5000'],
    ['https://h:5000/v3/', 'https://h:5000'],
    ['https://h:5000/v3.14', 'https://h:5000'],
    ['https://h:5000/v3/auth/tokens', 'https://h:5000'],
    ['https://h:5000/v2.0', 'https://h:5000'],
    ['https://h:5000/v2.0/tokens', 'https://h:5000'],
    ['https://h/identity', 'https://h/identity'],
    ['https://h/identity/v3', 'https://h/identity'],
    ['https://h/identity/v2.0/tokens/', 'https://h/identity'],
    ['https://auth.api.example.com/v1.1/auth', 'https://auth.api.example.com'],
    ['https://auth.api.example.com/v1.0', 'https://auth.api.example.com'],
  ])('%s → %s', (input, root) => {
    expect(identityRoot(input)).toBe(root);
  });

  it('rejects a relative URL and names the field', () => {
    expect(() => identityRoot('keystone:5000')).toThrow(ConfigurationError);
    expect(() => identityRoot('/v3')).toThrow(/`authUrl` is not a valid URL/);
  });

  it('rejects a non-http scheme', () => {
    expect(() => identityRoot('ftp://h/v3')).toThrow(/must be http or https/);
  });
});

describe('loginUrl', () => {
  it('builds each version path from any form of the auth URL', () => {
    expect(loginUrl('https://h/identity/v2.0/tokens', '3')).toBe('https://h/identity/v3/auth/tokens');
    expect(loginUrl('https://h:5000/v3', '2.0')).toBe('https://h:5000/v2.0/tokens');
    expect(loginUrl('https://h:5000', '1.1')).toBe('https://h:5000/v1.1/auth');
    expect(loginUrl('https://h:5000/v1.0/', '1.0')).toBe('https://h:5000/v1.0');
  });
});
