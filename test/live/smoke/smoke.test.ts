/**
 * The live smoke suite: authentication against the real Keystone and one real call to each service the
 * local cloud runs, through the library's session and service clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { createSession } from '../../../src/auth/session.ts';
import { AuthenticationError } from '../../../src/errors/authentication-error.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';
import { expectArray, expectObject, expectString } from '../../../src/shape/expect.ts';
import { createTransport } from '../../../src/transport/create-transport.ts';
import {
  CLOUD_NAMES,
  defaultCloudName,
  listCloudNames,
  loadCloud,
  onCleanup,
  SEED,
  uniqueName,
} from '../helpers/cloud.ts';
import { authOptionsFor, openSession, serviceClient } from '../helpers/session.ts';

const cloudName = defaultCloudName();
let session: OpenStackSession;

beforeAll(() => {
  session = openSession(cloudName);
});
afterAll(async () => {
  await session.close();
});

function names(body: unknown, key: string): string[] {
  return expectArray(expectObject(body, '$')[key], `$.${key}`).map((item, i) =>
    expectString(expectObject(item, `$.${key}[${i}]`).name, `$.${key}[${i}].name`),
  );
}

describe('identity (Keystone)', () => {
  it('logs in with a password and gets a scoped token with a catalog of every service', async () => {
    const info = await session.authenticate();
    expect(info.authVersion).toBe('3');
    expect(info.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(info.roles.length).toBeGreaterThan(0);
    for (const type of ['identity', 'compute', 'image', 'network', 'block-storage', 'orchestration']) {
      await expect(session.endpointFor({ type }), type).resolves.toMatch(/^https?:\/\//);
    }
  });

  it('logs in with the demo application credential', async (context) => {
    if (!listCloudNames().includes(CLOUD_NAMES.applicationCredential)) {
      context.skip(`${CLOUD_NAMES.applicationCredential} is not in this clouds.yaml`);
    }
    const appcred = openSession(CLOUD_NAMES.applicationCredential);
    onCleanup(() => appcred.close(), 'application-credential session');
    const info = await appcred.authenticate();
    expect(info.method).toBe('3.x_appcred');
    expect(info.user.name).toBe('demo');
    await expect(appcred.endpointFor({ type: 'compute' })).resolves.toMatch(/^https?:\/\//);
  });

  it('gets a 401 AuthenticationError for a wrong password, without the password in the message', async () => {
    const cloud = loadCloud(cloudName);
    const options = authOptionsFor(cloud);
    if (options.method !== '3.x_password') return;
    const wrong = `${uniqueName('wrong-password')}`;
    const transport = createTransport();
    onCleanup(() => transport.close(), 'wrong-password transport');
    const bad = createSession({ auth: { ...options, password: wrong }, transport: { transport } });
    const failure = await bad.authenticate().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(String((failure as Error).message)).not.toContain(wrong);
  });
});

describe('one call to each service', () => {
  it('compute (Nova): lists the seeded flavors', async () => {
    const nova = await serviceClient(session, 'compute', 'Nova');
    const response = await nova.request({ method: 'GET', path: 'flavors', expect: [200] });
    expect(names(response.body, 'flavors')).toEqual(expect.arrayContaining([...SEED.flavors]));
  });

  it('image (Glance): finds the seeded public image, active', async () => {
    const glance = await serviceClient(session, 'image', 'Glance');
    const response = await glance.request({
      method: 'GET',
      path: 'v2/images',
      query: { name: SEED.image },
      expect: [200],
    });
    const images = expectArray(expectObject(response.body, '$').images, '$.images');
    expect(images).toHaveLength(1);
    expect(expectObject(images[0], '$.images[0]')).toMatchObject({ status: 'active', visibility: 'public' });
  });

  it('network (Neutron): sees the external network and its own private network', async () => {
    const neutron = await serviceClient(session, 'network', 'Neutron');
    const response = await neutron.request({ method: 'GET', path: 'v2.0/networks', expect: [200] });
    const networks = expectArray(expectObject(response.body, '$').networks, '$.networks').map((n, i) =>
      expectObject(n, `$.networks[${i}]`),
    );
    expect(networks.find((n) => n.name === SEED.externalNetwork)).toMatchObject({ 'router:external': true });
    if (cloudName === CLOUD_NAMES.demo) expect(networks.map((n) => n.name)).toContain(SEED.privateNetwork);
  });

  it('block-storage (Cinder): creates a volume, sees it, and deletes it', async () => {
    const cinder = await serviceClient(session, 'block-storage', 'Cinder');
    const name = uniqueName('smoke');
    const created = await cinder.request({
      method: 'POST',
      path: 'volumes',
      json: { volume: { name, size: 1 } },
      expect: [202],
    });
    const id = expectString(
      expectObject(expectObject(created.body, '$').volume, '$.volume').id,
      '$.volume.id',
    );
    onCleanup(async () => {
      await cinder.request({ method: 'DELETE', path: `volumes/${id}`, expect: [202, 404] });
    }, `volume ${name}`);
    const deadline = Date.now() + 60_000;
    let status = 'creating';
    while (status === 'creating' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const shown = await cinder.request({ method: 'GET', path: `volumes/${id}`, expect: [200] });
      status = expectString(
        expectObject(expectObject(shown.body, '$').volume, '$.volume').status,
        '$.volume.status',
      );
    }
    expect(status).toBe('available');
    const listed = await cinder.request({ method: 'GET', path: 'volumes', query: { name }, expect: [200] });
    expect(names(listed.body, 'volumes')).toEqual([name]);
  });

  it('block-storage (Cinder): a missing volume is a NotFoundError naming the service', async () => {
    const cinder = await serviceClient(session, 'block-storage', 'Cinder');
    const missing = cinder.request({
      method: 'GET',
      path: 'volumes/00000000-0000-0000-0000-000000000000',
      expect: [200],
    });
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toThrow(/Cinder returned 404 for GET/);
  });

  it('orchestration (Heat): validates a template and lists stacks', async () => {
    const heat = await serviceClient(session, 'orchestration', 'Heat');
    const template = {
      heat_template_version: '2018-08-31',
      parameters: { size: { type: 'number', default: 1 } },
      resources: {},
    };
    const validated = await heat.request({
      method: 'POST',
      path: 'validate',
      json: { template },
      expect: [200],
    });
    expect(expectObject(expectObject(validated.body, '$').Parameters, '$.Parameters')).toHaveProperty('size');
    const stacks = await heat.request({ method: 'GET', path: 'stacks', expect: [200] });
    expect(Array.isArray(expectObject(stacks.body, '$').stacks)).toBe(true);
  });
});
