import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  collectJsonSecrets,
  collectMarkupSecrets,
  fingerprint,
  hideSecrets,
  isSecretField,
  isSecretHeader,
  redactHeaders,
  redactJson,
  redactMarkup,
  redactText,
  redactUrl,
} from '../../../src/transport/redact.ts';

describe('fingerprint', () => {
  it('is the first 8 hex digits of the SHA-256, stable across calls', () => {
    expect(fingerprint('secret')).toBe('{SHA256:2bb80d53}');
    expect(fingerprint('secret')).toBe(fingerprint('secret'));
    expect(fingerprint('secret2')).not.toBe(fingerprint('secret'));
  });
});

describe('redactHeaders', () => {
  it('hides every credential header and keeps the others', () => {
    const out = redactHeaders({
      'X-Auth-Token': 'tok-aaaa',
      'x-subject-token': 'tok-bbbb',
      'X-Service-Token': 'tok-cccc',
      'X-Auth-Key': 'key-dddd',
      Cookie: 'session=eeee',
      'Set-Cookie': ['a=1', 'b=2'],
      Authorization: 'Bearer tok-ffff',
      'Proxy-Authorization': 'Basic Ym9iOmh1bnRlcjI=',
      Accept: 'application/json',
      'X-OpenStack-Request-Id': 'req-123',
      'OpenStack-API-Version': 'compute 2.79',
      Ignored: undefined,
    });
    expect(out).toEqual({
      'X-Auth-Token': fingerprint('tok-aaaa'),
      'x-subject-token': fingerprint('tok-bbbb'),
      'X-Service-Token': fingerprint('tok-cccc'),
      'X-Auth-Key': fingerprint('key-dddd'),
      Cookie: fingerprint('session=eeee'),
      'Set-Cookie': [fingerprint('a=1'), fingerprint('b=2')],
      Authorization: `Bearer ${fingerprint('tok-ffff')}`,
      'Proxy-Authorization': `Basic ${fingerprint('Ym9iOmh1bnRlcjI=')}`,
      Accept: 'application/json',
      'X-OpenStack-Request-Id': 'req-123',
      'OpenStack-API-Version': 'compute 2.79',
    });
  });

  it('recognises credential-looking names it was not told about', () => {
    expect(isSecretHeader('X-Account-Meta-Temp-URL-Key')).toBe(true);
    expect(isSecretHeader('X-Some-Api-Key')).toBe(true);
    expect(isSecretHeader('X-Storage-Pass')).toBe(true);
    expect(isSecretHeader('Content-Type')).toBe(false);
    expect(isSecretHeader('X-Compute-Request-Id')).toBe(false);
  });
});

describe('redactJson', () => {
  it('hides Keystone v3 password and token auth, keeps names', () => {
    const body = {
      auth: {
        identity: {
          methods: ['password', 'token'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'pw-1234' } },
          token: { id: 'tok-1234' },
        },
        scope: { project: { id: 'p1' } },
      },
    };
    expect(redactJson(body)).toEqual({
      auth: {
        identity: {
          methods: ['password', 'token'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: fingerprint('pw-1234') } },
          token: { id: fingerprint('tok-1234') },
        },
        scope: { project: { id: 'p1' } },
      },
    });
    expect(body.auth.identity.password.user.password).toBe('pw-1234');
  });

  it('hides v2 token.id, passwordCredentials and apiKeyCredentials but keeps tenant and user ids', () => {
    const v2 = {
      access: { token: { id: 'v2-token', expires: '2030-01-01', tenant: { id: 't1' } }, user: { id: 'u1' } },
      auth: {
        passwordCredentials: { username: 'demo', password: 'pw' },
        'RAX-KSKEY:apiKeyCredentials': { username: 'demo', apiKey: 'k-1' },
        tenantName: 'demo',
      },
    };
    expect(redactJson(v2)).toEqual({
      access: {
        token: { id: fingerprint('v2-token'), expires: '2030-01-01', tenant: { id: 't1' } },
        user: { id: 'u1' },
      },
      auth: {
        passwordCredentials: { username: 'demo', password: fingerprint('pw') },
        'RAX-KSKEY:apiKeyCredentials': { username: 'demo', apiKey: fingerprint('k-1') },
        tenantName: 'demo',
      },
    });
  });

  it('hides adminPass, private_key, application-credential and EC2 secrets, api_key and blobs', () => {
    const out = redactJson({
      server: { id: 's1', name: 'vm', adminPass: 'ap', admin_pass: 'ap2' },
      keypair: { name: 'k', private_key: '-----BEGIN RSA PRIVATE KEY-----', fingerprint: 'aa:bb' },
      application_credential: { id: 'ac1', name: 'ci', secret: 'acs', project_id: 'p1' },
      credentials: [{ access: 'AKIA', secret: 'ec2s', user_id: 'u1' }],
      credential: { id: 'c1', blob: '{"access":"a","secret":"s"}', type: 'ec2' },
      api_key: 'ak',
    });
    expect(out).toEqual({
      server: { id: 's1', name: 'vm', adminPass: fingerprint('ap'), admin_pass: fingerprint('ap2') },
      keypair: {
        name: 'k',
        private_key: fingerprint('-----BEGIN RSA PRIVATE KEY-----'),
        fingerprint: 'aa:bb',
      },
      application_credential: { id: 'ac1', name: 'ci', secret: fingerprint('acs'), project_id: 'p1' },
      credentials: [{ access: fingerprint('AKIA'), secret: fingerprint('ec2s'), user_id: 'u1' }],
      credential: { id: 'c1', blob: fingerprint('{"access":"a","secret":"s"}'), type: 'ec2' },
      api_key: fingerprint('ak'),
    });
  });

  it('leaves ordinary ids, names and dates alone, honours extra keys and survives cycles', () => {
    expect(isSecretField('password_expires_at')).toBe(false);
    expect(isSecretField('token_id')).toBe(false);
    expect(isSecretField('sort_key')).toBe(false);
    expect(isSecretField('psk')).toBe(true);
    expect(isSecretField('oauth_token_secret')).toBe(true);
    expect(isSecretField('refresh_token')).toBe(true);
    const cyclic: Record<string, unknown> = { id: 'x', passphrase: 'pp' };
    cyclic.self = cyclic;
    expect(redactJson(cyclic)).toEqual({ id: 'x', passphrase: fingerprint('pp'), self: '[Circular]' });
    expect(redactJson({ key: 'PEM', id: 'i' }, { extraKeys: ['key'] })).toEqual({
      key: fingerprint('PEM'),
      id: 'i',
    });
    expect(redactJson({ proxy: 'http://bob:hunter22@proxy:3128' })).toEqual({
      proxy: `http://bob:${fingerprint('hunter22')}@proxy:3128/`,
    });
  });

  it('collects the secret values for scrubbing free text', () => {
    expect(
      collectJsonSecrets({ user: { name: 'n', password: 'pw-9876' }, token: { id: 't-5555' } }).sort(),
    ).toEqual(['pw-9876', 't-5555']);
  });
});

describe('redactUrl', () => {
  it('hides the password of user:pass@ and keeps the user', () => {
    expect(redactUrl('http://bob:hunter2@proxy:3128/')).toBe(
      `http://bob:${fingerprint('hunter2')}@proxy:3128/`,
    );
    expect(redactUrl('http://bob:p%40ss@proxy/')).toBe(`http://bob:${fingerprint('p@ss')}@proxy/`);
  });

  it('hides signature and token query parameters but not sort_key or marker', () => {
    expect(
      redactUrl('https://swift/v1/o?temp_url_sig=abcdef&temp_url_expires=1&sort_key=name&marker=m'),
    ).toBe(
      `https://swift/v1/o?temp_url_sig=${fingerprint('abcdef')}&temp_url_expires=1&sort_key=name&marker=m`,
    );
  });

  it('returns URLs without credentials unchanged, byte for byte', () => {
    const url = 'http://nova:8774/v2.1/servers/detail?limit=2&name=a%20b';
    expect(redactUrl(url)).toBe(url);
  });
});

describe('redactText', () => {
  it('replaces raw, JSON-escaped and URL-encoded forms of each secret', () => {
    const secret = 'pa"ss/word';
    const text = `raw ${secret} json "pa\\"ss/word" url pa%22ss%2Fword`;
    const print = fingerprint(secret);
    expect(redactText(text, [secret])).toBe(`raw ${print} json "${print}" url ${print}`);
  });

  it('skips secrets shorter than 4 characters', () => {
    expect(redactText('a b c', ['a'])).toBe('a b c');
  });
});

describe('hideSecrets', () => {
  it('keeps real values for code and fingerprints for inspect and JSON', () => {
    const options = hideSecrets(
      {
        username: 'demo',
        password: 'pw-4321',
        tls: { key: 'PEM-KEY-1' },
        headers: { 'X-Auth-Token': 'tok-7777' },
      },
      ['key'],
    );
    expect(options.password).toBe('pw-4321');
    const printed = `${inspect(options, { depth: 5 })} ${JSON.stringify(options)}`;
    for (const secret of ['pw-4321', 'PEM-KEY-1', 'tok-7777']) expect(printed).not.toContain(secret);
    expect(printed).toContain(fingerprint('pw-4321'));
    expect(printed).toContain("username: 'demo'");
    expect(Object.keys(options)).toEqual(['username', 'password', 'tls', 'headers']);
  });
});

describe('redactMarkup', () => {
  it('hides secret XML attributes and elements by field name, namespaces too', () => {
    const xml =
      '<?xml version="1.0"?><server xmlns="http://docs.openstack.org/compute/api/v1.0" name="vm" ' +
      'adminPass=\'Xy9-secret-pw\' id="42"><auth><os:password xmlns:os="x">pw-1234</os:password></auth></server>';
    expect(redactMarkup(xml)).toBe(
      '<?xml version="1.0"?><server xmlns="http://docs.openstack.org/compute/api/v1.0" name="vm" ' +
        `adminPass='${fingerprint('Xy9-secret-pw')}' id="42"><auth><os:password xmlns:os="x">${fingerprint('pw-1234')}</os:password></auth></server>`,
    );
    expect(collectMarkupSecrets(xml)).toEqual(['Xy9-secret-pw', 'pw-1234']);
  });

  it('hides secret pairs of a form body and leaves other text alone', () => {
    expect(redactMarkup('grant_type=password&username=demo&password=p%40ss&client_secret=abc')).toBe(
      `grant_type=password&username=demo&password=${fingerprint('p@ss')}&client_secret=${fingerprint('abc')}`,
    );
    expect(redactMarkup('just a sentence with password=in it')).toBe('just a sentence with password=in it');
  });
});
