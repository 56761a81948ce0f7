import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { stackTags } from '../../../../src/facade/engines/stack/tags.ts';
import { translateToHot } from '../../../../src/facade/engines/stack/template.ts';
import { SAMPLE } from '../document/fixtures.ts';

describe('translateToHot', () => {
  const translation = translateToHot(parseDocument(SAMPLE));
  const { resources, outputs } = translation.template;

  it('turns each managed resource into its Heat type, with companions, and skips adopted ones', () => {
    expect(Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.type]))).toEqual({
      key: 'OS::Nova::KeyPair',
      sg: 'OS::Neutron::SecurityGroup',
      net: 'OS::Neutron::Net',
      subnet: 'OS::Neutron::Subnet',
      router: 'OS::Neutron::Router',
      'router-if-0': 'OS::Neutron::RouterInterface',
      web1: 'OS::Nova::Server',
      web2: 'OS::Nova::Server',
      data: 'OS::Cinder::Volume',
      'data-attachment': 'OS::Cinder::VolumeAttachment',
      fip: 'OS::Neutron::FloatingIP',
      'fip-association': 'OS::Nova::FloatingIPAssociation',
    });
    expect(translation.owners['router-if-0']).toBe('router');
  });

  it('wires references as get_resource and keeps literals and dependencies', () => {
    expect(resources.web1?.properties).toMatchObject({
      name: 'demo-web1',
      image: 'cirros',
      key_name: { get_resource: 'key' },
      networks: [{ network: { get_resource: 'net' } }],
      metadata: { 'stratus-deployment': 'demo', 'stratus-resource': 'web1' },
    });
    expect(resources.web1?.depends_on).toEqual(['subnet']);
    expect(resources.sg?.properties.rules).toEqual([
      {
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
        remote_ip_prefix: '0.0.0.0/0',
      },
    ]);
    expect(resources['data-attachment']?.properties).toEqual({
      instance_uuid: { get_resource: 'web1' },
      volume_id: { get_resource: 'data' },
    });
  });

  it('turns outputs into stack outputs and picks the document value from what Heat returns', () => {
    expect(outputs.net_id).toEqual({ value: { get_resource: 'net' } });
    expect(outputs.fip_address).toEqual({ value: { get_attr: ['fip', 'show'] } });
    expect(translation.outputs.fip_address?.pick({ floating_ip_address: '203.0.113.9' })).toBe('203.0.113.9');
    const addresses = {
      'demo-net': [
        { addr: '10.20.0.5', 'OS-EXT-IPS:type': 'fixed' },
        { addr: '203.0.113.9', 'OS-EXT-IPS:type': 'floating' },
      ],
    };
    expect(translation.outputs.web1_ip?.pick(addresses)).toBe('10.20.0.5');
    expect(translation.outputs.note?.pick('hello')).toBe('hello');
  });

  it('hashes the template into its description, so any change shows', () => {
    const other = translateToHot(parseDocument(SAMPLE.replace('10.20.0.0/24', '10.21.0.0/24'))).template;
    const same = translateToHot(parseDocument(SAMPLE)).template;
    expect(translation.template.description).toMatch(/^stratus deployment demo, template [0-9a-f]{16}$/);
    expect(same.description).toBe(translation.template.description);
    expect(other.description).not.toBe(translation.template.description);
    expect(stackTags('demo')).toEqual(['stratus-deployment=demo']);
  });
});
