import type { DeploymentDocument, KindProperties, ManagedResource } from '../../document/types.ts';
import type { HotResource } from './hot-types.ts';
import { defined, hotTarget } from './targets.ts';

type Translate<K extends keyof KindProperties> = (
  spec: ManagedResource<K>,
  document: DeploymentDocument,
) => Record<string, HotResource>;

const keyPair: Translate<'keyPair'> = (spec) => ({
  [spec.name]: {
    type: 'OS::Nova::KeyPair',
    properties: { name: spec.cloudName, public_key: spec.properties.publicKey },
  },
});

const securityGroup: Translate<'securityGroup'> = (spec) => ({
  [spec.name]: {
    type: 'OS::Neutron::SecurityGroup',
    properties: {
      name: spec.cloudName,
      description: spec.properties.description,
      rules: spec.properties.rules.map((rule) =>
        defined({
          direction: rule.direction,
          ethertype: rule.ethertype,
          protocol: rule.protocol,
          port_range_min: rule.portMin,
          port_range_max: rule.portMax,
          remote_ip_prefix: rule.remoteIpPrefix,
        }),
      ),
    },
  },
});

const network: Translate<'network'> = (spec) => ({
  [spec.name]: {
    type: 'OS::Neutron::Net',
    properties: { name: spec.cloudName, admin_state_up: spec.properties.adminStateUp },
  },
});

const subnet: Translate<'subnet'> = (spec, doc) => ({
  [spec.name]: {
    type: 'OS::Neutron::Subnet',
    properties: defined({
      name: spec.cloudName,
      network: hotTarget(doc, spec.properties.network),
      cidr: spec.properties.cidr,
      ip_version: spec.properties.ipVersion,
      gateway_ip: spec.properties.gatewayIp,
      enable_dhcp: spec.properties.enableDhcp,
      dns_nameservers: spec.properties.dnsNameservers,
    }),
  },
});

const router: Translate<'router'> = (spec, doc) => {
  const gateway = spec.properties.externalNetwork;
  const out: Record<string, HotResource> = {
    [spec.name]: {
      type: 'OS::Neutron::Router',
      properties: defined({
        name: spec.cloudName,
        external_gateway_info: gateway === undefined ? undefined : { network: hotTarget(doc, gateway) },
      }),
    },
  };
  spec.properties.interfaces.forEach((target, i) => {
    out[`${spec.name}-if-${i}`] = {
      type: 'OS::Neutron::RouterInterface',
      properties: { router: { get_resource: spec.name }, subnet: hotTarget(doc, target) },
    };
  });
  return out;
};

const port: Translate<'port'> = (spec, doc) => ({
  [spec.name]: {
    type: 'OS::Neutron::Port',
    properties: defined({
      name: spec.cloudName,
      network: hotTarget(doc, spec.properties.network),
      fixed_ips:
        spec.properties.subnet === undefined
          ? undefined
          : [{ subnet: hotTarget(doc, spec.properties.subnet) }],
      security_groups: spec.properties.securityGroups.map((target) => hotTarget(doc, target)),
    }),
  },
});

const server: Translate<'server'> = (spec, doc) => {
  const p = spec.properties;
  return {
    [spec.name]: {
      type: 'OS::Nova::Server',
      properties: defined({
        name: spec.cloudName,
        image: hotTarget(doc, p.image),
        flavor: hotTarget(doc, p.flavor),
        key_name: p.keyPair === undefined ? undefined : hotTarget(doc, p.keyPair),
        networks: [
          ...p.networks.map((target) => ({ network: hotTarget(doc, target) })),
          ...p.ports.map((target) => ({ port: hotTarget(doc, target) })),
        ],
        security_groups:
          p.securityGroups.length === 0
            ? undefined
            : p.securityGroups.map((target) => hotTarget(doc, target)),
        user_data: p.userData,
        user_data_format: p.userData === undefined ? undefined : 'RAW',
        availability_zone: p.availabilityZone,
        metadata: { 'stratus-deployment': doc.deployment, 'stratus-resource': spec.name },
      }),
    },
  };
};

const volume: Translate<'volume'> = (spec, doc) => {
  const out: Record<string, HotResource> = {
    [spec.name]: {
      type: 'OS::Cinder::Volume',
      properties: defined({
        name: spec.cloudName,
        size: spec.properties.sizeGb,
        volume_type: spec.properties.volumeType,
        metadata: { 'stratus-deployment': doc.deployment, 'stratus-resource': spec.name },
      }),
    },
  };
  if (spec.properties.attachTo !== undefined) {
    out[`${spec.name}-attachment`] = {
      type: 'OS::Cinder::VolumeAttachment',
      properties: {
        instance_uuid: hotTarget(doc, spec.properties.attachTo),
        volume_id: { get_resource: spec.name },
      },
    };
  }
  return out;
};

const floatingIp: Translate<'floatingIp'> = (spec, doc) => {
  const p = spec.properties;
  const out: Record<string, HotResource> = {
    [spec.name]: {
      type: 'OS::Neutron::FloatingIP',
      properties: defined({
        floating_network: hotTarget(doc, p.network),
        port_id: p.port === undefined ? undefined : hotTarget(doc, p.port),
      }),
    },
  };
  if (p.server !== undefined) {
    out[`${spec.name}-association`] = {
      type: 'OS::Nova::FloatingIPAssociation',
      properties: { floating_ip: { get_resource: spec.name }, server_id: hotTarget(doc, p.server) },
    };
  }
  return out;
};

/** The HOT translation of each kind: the Heat resources a document resource becomes (by Heat name). */
export const TRANSLATIONS: { readonly [K in keyof KindProperties]: Translate<K> } = {
  keyPair,
  securityGroup,
  network,
  subnet,
  router,
  port,
  server,
  volume,
  floatingIp,
};
