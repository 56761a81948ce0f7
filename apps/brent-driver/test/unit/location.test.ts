import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DriverApiError } from '../../src/http/api-error.ts';
import { LocationCipher } from '../../src/jobs/location-cipher.ts';
import { locationToSessionOptions } from '../../src/location/to-session-options.ts';

const props = {
  os_api_url: 'http://10.10.8.8:5000/',
  os_auth_api: 'v3',
  os_auth_username: 'jack',
  os_auth_password: 'secret-pass',
  os_auth_user_domain_name: 'default',
  os_auth_project_name: 'my-project',
  os_auth_project_domain_name: 'default',
};

describe('deployment location → session options (SPEC §4.7)', () => {
  it('maps the os_* example to a v3 password login scoped to the project, hiding the password', () => {
    const options = locationToSessionOptions({ name: 'dl', type: 'Openstack', properties: props });
    expect(options.auth).toMatchObject({
      method: '3.x_password',
      authUrl: 'http://10.10.8.8:5000/v3',
      user: { name: 'jack', domain: { name: 'default' } },
      password: 'secret-pass',
      scope: { project: { name: 'my-project', domain: { name: 'default' } } },
    });
    expect(inspect(options)).not.toContain('secret-pass');
  });

  it('refuses an unknown os_auth_ key and a string os_auth_enabled by name', () => {
    const bad = (extra: Record<string, unknown>) => () =>
      locationToSessionOptions({ name: 'dl', type: undefined, properties: { ...props, ...extra } });
    expect(bad({ os_auth_colour: 'x' })).toThrow(/unknown property 'os_auth_colour'/);
    expect(bad({ os_auth_enabled: 'true' })).toThrow(DriverApiError);
  });

  it('accepts a clouds.yaml-style entry', () => {
    const options = locationToSessionOptions({
      name: 'dl',
      type: undefined,
      properties: {
        cloud: {
          auth: {
            auth_url: 'http://k:5000/v3',
            username: 'u',
            password: 'p',
            project_id: 'pid',
            user_domain_name: 'Default',
          },
          region_name: 'R1',
        },
      },
    });
    expect(options.region).toBe('R1');
    expect(options.auth).toMatchObject({ method: '3.x_password', scope: { project: { id: 'pid' } } });
  });
});

describe('LocationCipher', () => {
  it('round-trips and never shows the password in the sealed text; another key cannot open it', () => {
    const location = { name: 'dl', type: 'Openstack', properties: props };
    const cipher = new LocationCipher(LocationCipher.randomKey());
    const sealed = cipher.seal(location);
    expect(sealed).not.toContain('secret');
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString()).not.toContain('secret-pass');
    expect(cipher.open(sealed)).toEqual(location);
    expect(() => new LocationCipher(LocationCipher.randomKey()).open(sealed)).toThrow(
      /same jobs.location_key/,
    );
  });
});
