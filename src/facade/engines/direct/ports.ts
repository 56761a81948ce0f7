// The portable calls live in src/compute (the driver's capability); the engine's names for them.
import type { PortableResources } from '../../../compute/portable/resources.ts';

export type {
  Collection,
  FloatingIpObject,
  KeyPairObject,
  NetworkPortObject,
  PortHealth,
  PortObject,
  RouterObject,
  SecurityGroupObject,
  ServerObject,
  SubnetObject,
  VolumeObject,
} from '../../../compute/portable/resources.ts';

/** The portable calls the direct engine makes: the driver's {@link PortableResources}. */
export type DirectPorts = PortableResources;
