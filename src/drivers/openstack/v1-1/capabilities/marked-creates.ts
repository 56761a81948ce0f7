// The `marks` option of the portable creates on OpenStack: Neutron takes tags only on an existing object, so the
// marks are written right after the create (through the mark service, which handles tags holding `/`), and the
// object is returned carrying them.
import type { MarkableKind } from '../../../../compute/models/provision.ts';
import type {
  FloatingIpService,
  MarkService,
  NetworkingService,
  SecurityGroupService,
} from '../../../../compute/services/index.ts';

type Create<O, T> = (options: O, signal?: AbortSignal) => Promise<T>;

function thenMark<
  O extends { readonly marks?: readonly string[] | undefined },
  T extends { readonly id: string },
>(marks: MarkService, kind: MarkableKind, create: Create<O, T>): Create<O, T> {
  return async (options, signal) => {
    const created = await create(options, signal);
    const wanted = options.marks ?? [];
    if (wanted.length === 0) return created;
    await marks.addMarks(kind, created.id, wanted, signal);
    const had = (created as { readonly marks?: readonly string[] | undefined }).marks ?? [];
    return Object.freeze({ ...created, marks: Object.freeze([...new Set([...had, ...wanted])]) });
  };
}

/**
 * The networking service with `marks` honoured on every create.
 *
 * @param service - The service.
 * @param marks - The mark service.
 * @returns The service.
 */
export function markedNetworking(service: NetworkingService, marks: MarkService): NetworkingService {
  return Object.freeze({
    ...service,
    createNetwork: thenMark(marks, 'network', service.createNetwork),
    createSubnet: thenMark(marks, 'subnet', service.createSubnet),
    createRouter: thenMark(marks, 'router', service.createRouter),
    createPort: thenMark(marks, 'port', service.createPort),
  });
}

/**
 * The security group service with `marks` honoured on create.
 *
 * @param service - The service.
 * @param marks - The mark service.
 * @returns The service.
 */
export function markedSecurityGroups(
  service: SecurityGroupService,
  marks: MarkService,
): SecurityGroupService {
  return Object.freeze({
    ...service,
    createSecurityGroup: thenMark(marks, 'securityGroup', service.createSecurityGroup),
  });
}

/**
 * The floating IP service with `marks` honoured on allocation.
 *
 * @param service - The service.
 * @param marks - The mark service.
 * @returns The service.
 */
export function markedFloatingIps(service: FloatingIpService, marks: MarkService): FloatingIpService {
  return Object.freeze({
    ...service,
    allocateFloatingIp: thenMark(marks, 'floatingIp', service.allocateFloatingIp),
  });
}
