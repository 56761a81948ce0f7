/**
 * The local cloud lets Heat delete a stack whose server got a software-config user (the default of
 * OS::Nova::Server with user_data_format SOFTWARE_CONFIG, and what TOSCA translation produces): Heat creates a
 * stack user with an EC2 credential, and deleting it used to end DELETE_FAILED with Keystone's
 * KeyError: 'encrypted_blob' (scripts/local-cloud/lib/keystone.sh turns credential caching off).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import { listStackResources } from '../../../src/drivers/openstack/orchestration/resources/index.ts';
import {
  createStack,
  deleteStackAndWait,
  findStack,
  waitForStack,
} from '../../../src/drivers/openstack/orchestration/stacks/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { onCleanup, SEED, uniqueName } from '../helpers/cloud.ts';
import { serviceClient } from '../helpers/session.ts';
import { openStreamingSession } from '../network/session.ts';

const wait = { intervalMs: 1000, maxIntervalMs: 3000, timeoutMs: 240_000 };
let session: OpenStackSession;
let heat: ServiceClient;

const TEMPLATE = `heat_template_version: 2018-08-31
resources:
  port:
    type: OS::Neutron::Port
    properties: {network: ${SEED.privateNetwork}}
  server:
    type: OS::Nova::Server
    properties:
      image: ${SEED.image}
      flavor: ${SEED.flavors[0]}
      user_data_format: SOFTWARE_CONFIG
      networks: [{port: {get_resource: port}}]
`;

beforeAll(async () => {
  session = openStreamingSession();
  heat = await serviceClient(session, 'orchestration', 'heat');
});
afterAll(() => session.close());

it('a stack whose server has a software-config user is created and deleted (DELETE_COMPLETE, no orphan)', async () => {
  const name = uniqueName('swcfg');
  const ref = await createStack(heat, { name, template: TEMPLATE });
  onCleanup(() => deleteStackAndWait(heat, ref, wait).catch(() => undefined), `stack ${name}`);
  const created = await waitForStack(heat, ref, 'CREATE', wait);
  expect(created?.status).toBe('CREATE_COMPLETE');
  // the software-config user exists: Heat records the server's user and its credential as the server's data
  const resources = await listStackResources(heat, ref);
  expect(resources.map((r) => r.type).sort()).toEqual(['OS::Neutron::Port', 'OS::Nova::Server']);
  await deleteStackAndWait(heat, ref, wait);
  // the one find rule: a deleted (or DELETE_COMPLETE) stack is absent
  expect(await findStack(heat, ref.id)).toBeUndefined();
});
