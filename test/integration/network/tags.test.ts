import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { addTags } from '../../../src/drivers/openstack/network/tags/operations.ts';
import { serviceClient } from './harness.ts';

const HOST = 'https://neutron.example.com:9696';
const SUBNET = '6b7c9e1a-1f35-4a43-9b7e-2a6f0c1d2e3f';
const neutron = () => serviceClient('network', 'Neutron', HOST);

describe('Neutron tags', () => {
  it('adds plain tags with one idempotent PUT each', async () => {
    const scope = nock(HOST)
      .put(`/v2.0/subnets/${SUBNET}/tags/a`)
      .reply(201)
      .put(`/v2.0/subnets/${SUBNET}/tags/b`)
      .reply(201);
    await addTags(neutron(), 'subnets', SUBNET, ['a', 'b']);
    expect(scope.isDone()).toBe(true);
  });

  it('a tag holding / (which Neutron 404s as a path segment) is added by putting the whole set, keeping the others', async () => {
    const scope = nock(HOST)
      .get(`/v2.0/subnets/${SUBNET}/tags`)
      .reply(200, { tags: ['kept'] })
      .put(`/v2.0/subnets/${SUBNET}/tags`, { tags: ['kept', 'stratus:web/subnet'] })
      .reply(200, { tags: ['kept', 'stratus:web/subnet'] });
    await addTags(neutron(), 'subnets', SUBNET, ['stratus:web/subnet']);
    expect(scope.isDone()).toBe(true);
  });
});
