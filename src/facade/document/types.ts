/**
 * The portable resource kinds a deployment document may list.
 *
 * @example
 * ```ts
 * import { DocumentKind } from 'stratus/facade';
 * console.log(DocumentKind.FLOATING_IP); // 'floatingIp'
 * ```
 */
export const DocumentKind = {
  /** An SSH key pair (imported from a public key). */
  KEY_PAIR: 'keyPair',
  /** A security group with its rules. */
  SECURITY_GROUP: 'securityGroup',
  /** A private network. */
  NETWORK: 'network',
  /** A subnet of a network. */
  SUBNET: 'subnet',
  /** A router with interfaces on subnets and an optional external gateway. */
  ROUTER: 'router',
  /** A port on a network. */
  PORT: 'port',
  /** A server (VM). */
  SERVER: 'server',
  /** A block-storage volume, optionally attached to a server. */
  VOLUME: 'volume',
  /** A floating IP, optionally associated with a server or port. */
  FLOATING_IP: 'floatingIp',
} as const;

/** One of the {@link DocumentKind} values. */
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

/** A reference to another resource of the document: its id, or one of its attributes. */
export interface ResourceRef {
  /** The logical name of the referenced resource. */
  readonly ref: string;
  /** The attribute to read; `undefined` means the id. */
  readonly attribute: string | undefined;
}

/** Where a property names another object: a resource of the document, or the name or id of an existing one. */
export type Target = string | ResourceRef;

/** A JSON value after parameters are substituted; references may appear only in outputs. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonMap;

/** A JSON object. */
export interface JsonMap {
  readonly [key: string]: JsonValue;
}

/** One security group rule. */
export interface RuleSpec {
  /** `ingress` or `egress`. */
  readonly direction: 'ingress' | 'egress';
  /** `IPv4` or `IPv6`. @defaultValue `'IPv4'` */
  readonly ethertype: 'IPv4' | 'IPv6';
  /** `tcp`, `udp`, `icmp`, a protocol number, or `undefined` for any. */
  readonly protocol: string | undefined;
  /** The first port of the range. */
  readonly portMin: number | undefined;
  /** The last port of the range. */
  readonly portMax: number | undefined;
  /** The remote CIDR, e.g. `0.0.0.0/0`. */
  readonly remoteIpPrefix: string | undefined;
}

/** The properties of each kind, after validation. */
export interface KindProperties {
  /** A key pair: the public key to import. */
  readonly keyPair: { readonly publicKey: string };
  /** A security group and its rules. */
  readonly securityGroup: {
    readonly description: string;
    readonly rules: readonly RuleSpec[];
    /** The network the group is for (EC2 scopes groups to a VPC; OpenStack ignores it). */
    readonly network: Target | undefined;
  };
  /** A network. */
  readonly network: { readonly adminStateUp: boolean };
  /** A subnet. */
  readonly subnet: {
    readonly network: Target;
    readonly cidr: string;
    readonly ipVersion: 4 | 6;
    readonly gatewayIp: string | null | undefined;
    readonly enableDhcp: boolean;
    readonly dnsNameservers: readonly string[];
  };
  /** A router. */
  readonly router: { readonly externalNetwork: Target | undefined; readonly interfaces: readonly Target[] };
  /** A port. */
  readonly port: {
    readonly network: Target;
    readonly subnet: Target | undefined;
    readonly securityGroups: readonly Target[];
  };
  /** A server. */
  readonly server: {
    readonly image: Target;
    readonly flavor: Target;
    readonly keyPair: Target | undefined;
    readonly networks: readonly Target[];
    readonly ports: readonly Target[];
    readonly securityGroups: readonly Target[];
    readonly userData: string | undefined;
    readonly availabilityZone: string | undefined;
  };
  /** A volume and where it is attached. */
  readonly volume: {
    readonly sizeGb: number;
    readonly volumeType: string | undefined;
    readonly attachTo: Target | undefined;
  };
  /** A floating IP on an external network, optionally associated. */
  readonly floatingIp: {
    readonly network: Target;
    readonly server: Target | undefined;
    readonly port: Target | undefined;
  };
}

/** What every resource of the document has, managed or adopted. */
interface ResourceBase<K extends DocumentKind> {
  /** The logical name: the key under `resources`. */
  readonly name: string;
  /** The kind. */
  readonly kind: K;
  /** The cloud name: given, or `<deployment>-<logical name>` for managed resources. */
  readonly cloudName: string;
  /** Explicit extra dependencies (logical names). */
  readonly dependsOn: readonly string[];
}

/** A resource the deployment owns: created, marked, reconciled and deleted by the facade. */
export interface ManagedResource<K extends DocumentKind> extends ResourceBase<K> {
  /** Always `true`. */
  readonly managed: true;
  /** The kind's properties. */
  readonly properties: KindProperties[K];
}

/** A resource adopted with `managed: false`: looked up by `id` or name, observed, never changed or deleted. */
export interface AdoptedResource<K extends DocumentKind> extends ResourceBase<K> {
  /** Always `false`. */
  readonly managed: false;
  /** The id to look up instead of the name, when given. */
  readonly id: string | undefined;
}

/** A resource of the document, of one kind. */
export type ResourceSpecOf<K extends DocumentKind> = ManagedResource<K> | AdoptedResource<K>;

/** A resource of any kind (a discriminated union on `kind`). */
export type ResourceSpec = { [K in DocumentKind]: ResourceSpecOf<K> }[DocumentKind];

/** One declared output. */
export interface OutputSpec {
  /** The output name. */
  readonly name: string;
  /** What it reads: a resource reference or a literal. */
  readonly value: ResourceRef | JsonValue;
  /** Free text. */
  readonly description: string | undefined;
}

/**
 * A parsed, validated deployment document: parameters substituted, references checked.
 *
 * @remarks
 * Build one with {@link parseDocument}; it is plain frozen data and can be passed to `plan`, `apply` and
 * `destroy` of either engine.
 */
export interface DeploymentDocument {
  /** The deployment id: names and ownership marks derive from it. */
  readonly deployment: string;
  /** Recreate managed resources that were deleted behind our back or are in ERROR. @defaultValue `false` */
  readonly reconcile: boolean;
  /** How many resources are created at once. @defaultValue `4` */
  readonly concurrency: number;
  /** The resources, in document order. */
  readonly resources: readonly ResourceSpec[];
  /** The outputs, in document order. */
  readonly outputs: readonly OutputSpec[];
  /** The parameter values used. */
  readonly parameters: Readonly<Record<string, JsonValue>>;
}
