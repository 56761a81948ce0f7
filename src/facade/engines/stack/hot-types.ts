import type { DocumentKind, JsonValue } from '../../document/types.ts';

/** One HOT resource definition. */
export interface HotResource {
  /** The Heat resource type, e.g. `OS::Nova::Server`. */
  readonly type: string;
  /** Its properties (intrinsic functions included). */
  readonly properties: Readonly<Record<string, JsonValue>>;
  /** Explicit dependencies (Heat resource names). */
  readonly depends_on?: readonly string[];
}

/** A HOT template as plain data (serialised to JSON, which Heat accepts as YAML). */
export interface HotTemplate {
  /** The template version. */
  readonly heat_template_version: string;
  /** Free text. */
  readonly description: string;
  /** The resources by Heat name. */
  readonly resources: Readonly<Record<string, HotResource>>;
  /** The outputs by name. */
  readonly outputs: Readonly<Record<string, { readonly value: JsonValue }>>;
}

/** The Heat template version the translation targets (Queens and later). */
export const HOT_VERSION = '2018-03-02';

const HEAT_KINDS: Readonly<Record<string, DocumentKind>> = {
  'OS::Nova::KeyPair': 'keyPair',
  'OS::Neutron::SecurityGroup': 'securityGroup',
  'OS::Neutron::Net': 'network',
  'OS::Neutron::Subnet': 'subnet',
  'OS::Neutron::Router': 'router',
  'OS::Neutron::RouterInterface': 'router',
  'OS::Neutron::Port': 'port',
  'OS::Nova::Server': 'server',
  'OS::Cinder::Volume': 'volume',
  'OS::Cinder::VolumeAttachment': 'volume',
  'OS::Neutron::FloatingIP': 'floatingIp',
  'OS::Nova::FloatingIPAssociation': 'floatingIp',
};

/**
 * The document kind a Heat resource type belongs to (companions count as their owner's kind).
 *
 * @param type - The Heat type, e.g. `OS::Neutron::RouterInterface`.
 * @returns The kind; `network` for types the translation never emits.
 */
export function kindOfHeatType(type: string): DocumentKind {
  return HEAT_KINDS[type] ?? 'network';
}
