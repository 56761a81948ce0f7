import { describe, expect, it } from 'vitest';
import { fromEnv, settingsFromEnv } from '../../../../src/auth/config/env.ts';

describe('fromEnv', () => {
  it('reads an openrc environment', () => {
    const options = fromEnv({
      OS_AUTH_URL: 'https://k:5000/v3',
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'pw',
      OS_PROJECT_NAME: 'demo',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_REGION_NAME: 'RegionOne',
      OS_INTERFACE: 'internal',
      OS_CACERT: '/ca.pem',
      OS_INSECURE: 'false',
      OS_COMPUTE_ENDPOINT_OVERRIDE: 'https://nova/v2.1',
      PATH: '/usr/bin',
    });
    expect(options.auth).toMatchObject({ method: '3.x_password', password: 'pw' });
    expect(options).toMatchObject({ region: 'RegionOne', interface: 'internal', cloud: undefined });
    expect(options.endpointOverrides).toEqual({ compute: 'https://nova/v2.1' });
    expect(options.connection).toMatchObject({ caCertFile: '/ca.pem', insecure: false });
  });

  it('application credential, token and system scope variants', () => {
    const base = { OS_AUTH_URL: 'https://k/v3' };
    expect(
      fromEnv({
        ...base,
        OS_AUTH_TYPE: 'v3applicationcredential',
        OS_APPLICATION_CREDENTIAL_ID: 'a',
        OS_APPLICATION_CREDENTIAL_SECRET: 's',
      }).auth,
    ).toMatchObject({ method: '3.x_appcred', applicationCredential: { id: 'a', secret: 's' } });
    expect(
      fromEnv({ ...base, OS_AUTH_TYPE: 'v3token', OS_TOKEN: 't', OS_PROJECT_ID: 'p' }).auth,
    ).toMatchObject({
      method: '3.x_token',
      scope: { project: { id: 'p' } },
    });
    expect(
      fromEnv({ ...base, OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_SYSTEM_SCOPE: 'all' }).auth,
    ).toMatchObject({ user: { id: 'u' }, scope: { system: 'all' } });
  });

  it('OS_TENANT_NAME is the project name, OS_ENDPOINT_TYPE=publicURL is public', () => {
    const settings = settingsFromEnv({ OS_TENANT_NAME: 't', OS_ENDPOINT_TYPE: 'publicURL', OS_CLOUD: 'x' });
    expect(settings).toEqual({ endpoint_type: 'publicURL', auth: { project_name: 't' } });
  });

  it('no OS_* variables: says what to do', () => {
    expect(() => fromEnv({ HOME: '/root' })).toThrow(/No OS_\* auth variables are set/);
  });

  it('a project name without a domain says which variable to add', () => {
    expect(() =>
      fromEnv({
        OS_AUTH_URL: 'https://k/v3',
        OS_USERNAME: 'u',
        OS_USER_DOMAIN_ID: 'default',
        OS_PASSWORD: 'p',
        OS_PROJECT_NAME: 'x',
      }),
    ).toThrow(/project_domain_name.*is missing in the environment/);
  });

  it('a bad interface names the key', () => {
    expect(() =>
      fromEnv({ OS_AUTH_URL: 'https://k/v3', OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_INTERFACE: 'private' }),
    ).toThrow('`interface` in the environment (OS_* variables) must be public, internal or admin');
  });
});

describe('secrets in loaded options', () => {
  it('inspect and JSON show fingerprints, never the secret, token or access token', async () => {
    const { inspect } = await import('node:util');
    const secrets = ['app-secret-value', 'token-value-xyz', 'oidc-access-abc'];
    const loaded = [
      fromEnv({
        OS_AUTH_URL: 'https://k/v3',
        OS_AUTH_TYPE: 'v3applicationcredential',
        OS_APPLICATION_CREDENTIAL_ID: 'a',
        OS_APPLICATION_CREDENTIAL_SECRET: 'app-secret-value',
      }),
      fromEnv({ OS_AUTH_URL: 'https://k/v3', OS_AUTH_TYPE: 'v3token', OS_TOKEN: 'token-value-xyz' }),
      fromEnv({
        OS_AUTH_URL: 'https://k/v3',
        OS_AUTH_TYPE: 'v3oidcaccesstoken',
        OS_IDENTITY_PROVIDER: 'idp',
        OS_ACCESS_TOKEN: 'oidc-access-abc',
      }),
    ];
    for (const options of loaded) {
      const shown = `${inspect(options, { depth: 8 })}${JSON.stringify(options)}`;
      for (const secret of secrets) expect(shown).not.toContain(secret);
      expect(shown).toMatch(/\{SHA256:[0-9a-f]{8}\}/);
    }
  });
});
