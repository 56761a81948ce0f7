// The Heat calls the stack engine's reconcile and plan use, and the Neutron tag write that carries a `/`.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { addTags } from '../../../src/drivers/openstack/network/tags/index.ts';
import { markStackResourceUnhealthy } from '../../../src/drivers/openstack/orchestration/resources/index.ts';
import { getStackTemplate } from '../../../src/drivers/openstack/orchestration/stacks/index.ts';
import { serviceClient } from '../network/harness.ts';

const HEAT = 'https://heat.example.com:8004';
const NEUTRON = 'https://neutron.example.com:9696';
const REF = { name: 'web', id: 'ac17de7d-bf2e-4125-a299-fbb89b77529e' };
const NET = '2a8063f9-2901-46c1-bbc8-b51eada85dde';

describe('Heat reconcile calls', () => {
  it('marks a resource unhealthy with its reason (PATCH, mark_unhealthy)', async () => {
    const scope = nock(HEAT)
      .patch(`/v1/p/stacks/web/${REF.id}/resources/web%201`, {
        mark_unhealthy: true,
        resource_status_reason: 'deleted behind the stack',
      })
      .reply(200, {});
    await markStackResourceUnhealthy(
      serviceClient('orchestration', 'Heat', `${HEAT}/v1/p`),
      REF,
      'web 1',
      'deleted behind the stack',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('reads the template the stack was last updated with', async () => {
    const template = {
      heat_template_version: '2018-08-31',
      resources: { net: { type: 'OS::Neutron::Net' } },
    };
    nock(HEAT).get(`/v1/p/stacks/web/${REF.id}/template`).reply(200, template);
    expect(await getStackTemplate(serviceClient('orchestration', 'Heat', `${HEAT}/v1/p`), REF)).toEqual(
      template,
    );
  });
});

describe('Neutron tags holding "/"', () => {
  const neutron = () => serviceClient('network', 'Neutron', NEUTRON);

  it('merges into the existing tags with one replace-all PUT (the one-tag path cannot carry %2F)', async () => {
    const scope = nock(NEUTRON)
      .get(`/v2.0/networks/${NET}/tags`)
      .reply(200, { tags: ['plain'] })
      .put(`/v2.0/networks/${NET}/tags`, { tags: ['plain', 'stratus:d1/net'] })
      .reply(200, { tags: ['plain', 'stratus:d1/net'] });
    await addTags(neutron(), 'networks', NET, ['stratus:d1/net']);
    expect(scope.isDone()).toBe(true);
  });

  it('writes nothing when the tag is already there', async () => {
    const scope = nock(NEUTRON)
      .get(`/v2.0/networks/${NET}/tags`)
      .reply(200, { tags: ['stratus:d1/net'] });
    await addTags(neutron(), 'networks', NET, ['stratus:d1/net']);
    expect(scope.isDone()).toBe(true);
  });

  it('still adds path-safe tags one idempotent PUT each', async () => {
    const scope = nock(NEUTRON).put(`/v2.0/networks/${NET}/tags/plain`).reply(201);
    await addTags(neutron(), 'networks', NET, ['plain']);
    expect(scope.isDone()).toBe(true);
  });
});
