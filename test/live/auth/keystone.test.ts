/**
 * Identity against the real local Keystone, through the library's own clouds.yaml loader and transport:
 * project and domain scope, application credentials, token rescope, proactive refresh, catalog explain, a wrong
 * password, a wrong region and internal-interface selection.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCloudsYaml } from '../../../src/auth/config/clouds-yaml.ts';
import type { CloudSessionOptions } from '../../../src/auth/config/to-session-options.ts';
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import type { AuthOptions } from '../../../src/auth/types.ts';
import { createServiceClient, type ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { EndpointNotFoundError } from '../../../src/errors/endpoint-not-found-error.ts';
import { expectArray, expectObject, expectString } from '../../../src/shape/expect.ts';
import { CLOUD_NAMES, cloudsYamlPath, onCleanup, uniqueName } from '../helpers/cloud.ts';

const AUTH_URL_FALLBACK = 'http://127.0.0.1:5000/v3';
let demoOptions: CloudSessionOptions;
let demo: OpenStackSession;
let admin: OpenStackSession;
let identity: ServiceClient;

function load(name: string): Promise<CloudSessionOptions> {
  return fromCloudsYaml(name, { env: { OS_CLIENT_CONFIG_FILE: cloudsYamlPath() } });
}

function open(auth: AuthOptions, extra: Partial<CloudSessionOptions> = {}): OpenStackSession {
  const session = createSession({ ...demoOptions, ...extra, auth });
  onCleanup(() => session.close(), 'session');
  return session;
}

function authUrlOf(options: CloudSessionOptions): string {
  return options.auth.method === 'forced_token' ? AUTH_URL_FALLBACK : options.auth.authUrl;
}

beforeAll(async () => {
  demoOptions = await load(CLOUD_NAMES.demo);
  demo = createSession(demoOptions);
  admin = createSession(await load(CLOUD_NAMES.admin));
  const endpoint = await admin.endpointFor({ type: 'identity' });
  identity = createServiceClient({ serviceType: 'identity', name: 'Keystone', endpoint, send: admin.send });
});
afterAll(async () => {
  await demo.close();
  await admin.close();
});

describe('v3 password', () => {
  it('project scope (from clouds.yaml through fromCloudsYaml)', async () => {
    const info = await demo.authenticate();
    expect(info.scope).toMatchObject({ kind: 'project', project: { name: 'demo' } });
    const compute = await demo.endpointFor({ type: 'compute' });
    const response = await demo.send(
      { method: 'GET', url: `${compute}/flavors`, service: 'Nova' },
      { attempt: 1 },
    );
    expect(response.status).toBe(200);
  });

  it('domain scope (a throwaway user with a role on the Default domain)', async () => {
    const password = randomBytes(12).toString('hex');
    const name = uniqueName('identity');
    const created = await identity.request({
      method: 'POST',
      path: 'users',
      json: { user: { name, password, domain_id: 'default' } },
      expect: [201],
    });
    const userId = expectString(expectObject(expectObject(created.body, '$').user, '$.user').id, '$.user.id');
    onCleanup(
      () => identity.request({ method: 'DELETE', path: `users/${userId}`, expect: [204] }),
      `user ${name}`,
    );
    const roles = await identity.request({ method: 'GET', path: 'roles', query: { name: 'reader' } });
    const role = expectArray(expectObject(roles.body, '$').roles, '$.roles')[0];
    const roleId = expectString(expectObject(role, '$.roles[0]').id, '$.roles[0].id');
    await identity.request({
      method: 'PUT',
      path: `domains/default/users/${userId}/roles/${roleId}`,
      expect: [204],
    });
    const session = open({
      method: '3.x_password',
      authUrl: authUrlOf(demoOptions),
      user: { id: userId },
      password,
      scope: { domain: { id: 'default' } },
    });
    const info = await session.authenticate();
    expect(info.scope).toMatchObject({ kind: 'domain', domain: { id: 'default', name: 'Default' } });
    expect(info.roles).toContain('reader');
  });

  it('a wrong password is an AuthenticationError (401) that names what to check', async () => {
    const session = open({
      method: '3.x_password',
      authUrl: authUrlOf(demoOptions),
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 'definitely-wrong',
    });
    const error = await session.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
    expect(String(error)).toContain('check the user name (or id), the password and the user domain');
    expect(String(error)).not.toContain('definitely-wrong');
  });
});

describe('application credential', () => {
  it('created through the API, used by id and by name + user, then deleted', async () => {
    const info = await demo.authenticate();
    const userId = info.user.id ?? '';
    const endpoint = await demo.endpointFor({ type: 'identity' });
    const own = createServiceClient({ serviceType: 'identity', name: 'Keystone', endpoint, send: demo.send });
    const name = uniqueName('appcred');
    const created = await own.request({
      method: 'POST',
      path: `users/${userId}/application_credentials`,
      // the roles named: without them Keystone copies the token's, and refused once (400) when the token carried
      // a role the user no longer had an assignment for
      json: { application_credential: { name, roles: [{ name: 'member' }] } },
      expect: [201],
    });
    const body = expectObject(
      expectObject(created.body, '$').application_credential,
      '$.application_credential',
    );
    const id = expectString(body.id, '$.application_credential.id');
    const secret = expectString(body.secret, '$.application_credential.secret');
    onCleanup(
      () =>
        own.request({
          method: 'DELETE',
          path: `users/${userId}/application_credentials/${id}`,
          expect: [204],
        }),
      `application credential ${name}`,
    );
    const authUrl = authUrlOf(demoOptions);
    const byId = open({ method: '3.x_appcred', authUrl, applicationCredential: { id, secret } });
    expect((await byId.authenticate()).scope).toMatchObject({ kind: 'project', project: { name: 'demo' } });
    const byName = open({
      method: '3.x_appcred',
      authUrl,
      applicationCredential: { name, secret, user: { name: 'demo', domain: { name: 'Default' } } },
    });
    expect((await byName.authenticate()).method).toBe('3.x_appcred');
  });
});

describe('token rescope', () => {
  it('an unscoped token (empty catalog) exchanged for a project-scoped one', async () => {
    const authUrl = authUrlOf(demoOptions);
    const unscoped = open({
      method: '3.x_password',
      authUrl,
      user: { name: 'demo', domain: { name: 'Default' } },
      password: demoOptions.auth.method === '3.x_password' ? demoOptions.auth.password : '',
      scope: { unscoped: true },
    });
    expect((await unscoped.authenticate()).catalog.endpoints).toEqual([]);
    await expect(unscoped.endpointFor({ type: 'compute' })).rejects.toThrow(
      /catalog is empty.*unscoped token/,
    );
    const rescoped = open({
      method: '3.x_token',
      authUrl,
      token: await unscoped.token(),
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    });
    const info = await rescoped.authenticate();
    expect(info.scope).toMatchObject({ kind: 'project', project: { name: 'demo' } });
    await expect(rescoped.endpointFor({ type: 'compute' })).resolves.toMatch(/^http/);
  });

  it('a token Keystone does not know (it answers 404) is an AuthenticationError about the token', async () => {
    const bogus = `gAAAAA${randomBytes(48).toString('base64url')}`;
    const session = open({
      method: '3.x_token',
      authUrl: authUrlOf(demoOptions),
      token: bogus,
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    });
    const error = await session.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 404 });
    expect(String(error)).toContain('Keystone does not recognise the token');
    expect(String(error)).not.toContain(bogus);
  });
});

describe('proactive refresh', () => {
  it('a token inside the margin is replaced before it expires', async () => {
    // The cloud issues 3600 s tokens; a margin of (lifetime − 4 s) makes a fresh token count as "inside the
    // margin" 4 s after it was issued, which exercises the same path as a short token lifetime would.
    // The lifetime is read off a token issued just now (the shared `demo` session's may be minutes old).
    const probe = open(demoOptions.auth);
    const first = (await probe.authenticate()).expiresAt?.getTime() ?? 0;
    const lifetimeMs = first - Date.now();
    const session = open(demoOptions.auth, { tokenCache: { expirySkewMs: lifetimeMs - 4000 } });
    const tokenA = await session.token();
    expect(await session.token()).toBe(tokenA);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const tokenB = await session.token();
    expect(tokenB).not.toBe(tokenA);
    expect(await session.token()).toBe(tokenB);
  });
});

describe('endpoint selection on the real catalog', () => {
  it('explain walks block-storage to one URL', async () => {
    const result = await demo.explainEndpoint({ type: 'block-storage' });
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.step)).toEqual(['type', 'name', 'region', 'interface', 'unique']);
  });

  it('a wrong region lists RegionOne and suggests it', async () => {
    const error = await demo.endpointFor({ type: 'compute', region: 'regionone' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointNotFoundError);
    expect(String(error)).toContain('did you mean `RegionOne`?');
    expect(String(error)).toContain('regions: RegionOne');
  });

  it('selects the internal interface', async () => {
    const result = await demo.explainEndpoint({ type: 'compute', interface: 'internal' });
    if (!result.ok) throw result.error;
    expect(result.endpoint.interface).toBe('internal');
    const internal = (await demo.catalog()).endpoints.find(
      (e) => e.type === 'compute' && e.interface === 'internal',
    );
    expect(result.endpoint.id).toBe(internal?.id);
    await expect(demo.endpointFor({ type: 'compute', interface: 'internal' })).resolves.toBe(internal?.url);
  });
});
