/**
 * Opens library sessions against the live clouds of clouds.yaml, and binds service clients to them.
 */
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import type { AuthOptions, AuthScope } from '../../../src/auth/types.ts';
import { createServiceClient, type ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { createTransport } from '../../../src/transport/create-transport.ts';
import { defaultCloudName, type LiveCloud, loadCloud } from './cloud.ts';

/**
 * Maps a clouds.yaml entry onto the library's auth options.
 *
 * @param cloud - A parsed entry from {@link loadCloud}.
 * @returns Password or application-credential auth options.
 */
export function authOptionsFor(cloud: LiveCloud): AuthOptions {
  const auth = cloud.auth;
  if (auth.type === 'v3applicationcredential') {
    return {
      method: '3.x_appcred',
      authUrl: auth.authUrl,
      applicationCredential: { id: auth.applicationCredentialId, secret: auth.applicationCredentialSecret },
    };
  }
  const domain = { name: auth.userDomainName ?? 'Default' };
  let scope: AuthScope | undefined;
  if (auth.systemScope === 'all') scope = { system: 'all' };
  else if (auth.projectName !== undefined) {
    scope = { project: { name: auth.projectName, domain: { name: auth.projectDomainName ?? 'Default' } } };
  }
  return {
    method: '3.x_password',
    authUrl: auth.authUrl,
    user: { name: auth.username, domain },
    password: auth.password,
    scope,
  };
}

/**
 * Opens a session on a cloud of the live clouds.yaml. Close it when done (`afterAll(() => session.close())`).
 *
 * @param name - The cloud name; {@link defaultCloudName} (`OS_CLOUD`, else `stratus-demo`) when omitted.
 * @returns A session with its own transport.
 */
export function openSession(name: string = defaultCloudName()): OpenStackSession {
  const cloud = loadCloud(name);
  const transport = createTransport();
  const session = createSession({
    auth: authOptionsFor(cloud),
    region: cloud.regionName,
    transport: { transport },
  });
  return Object.freeze({
    ...session,
    close: async () => {
      await session.close();
      await transport.close();
    },
  });
}

/**
 * Binds the catalog endpoint of a service type to the session's authenticated pipeline.
 *
 * @param session - An open session.
 * @param serviceType - The official service type, e.g. `compute` or `block-storage`.
 * @param name - A human name for messages, e.g. `Nova`.
 * @returns The service client.
 */
export async function serviceClient(
  session: OpenStackSession,
  serviceType: string,
  name: string,
): Promise<ServiceClient> {
  const endpoint = await session.endpointFor({ type: serviceType });
  return createServiceClient({ serviceType, name, endpoint, send: session.send });
}
