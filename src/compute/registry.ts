import { ConfigurationError } from '../errors/configuration-error.ts';

/**
 * The providers Stratus has drivers for.
 *
 * @example
 * ```ts
 * import { getDriver, Provider } from 'stratus';
 * const OpenStack = await getDriver(Provider.OPENSTACK);
 * ```
 */
export const Provider = {
  /** OpenStack (Nova, with Glance, Neutron, Cinder and Heat as extensions). */
  OPENSTACK: 'openstack',
  /** Amazon EC2 (and EC2-compatible clouds), with EBS volumes and snapshots. */
  EC2: 'ec2',
} as const;

/** One of the {@link Provider} values. */
export type Provider = (typeof Provider)[keyof typeof Provider];

/**
 * The driver classes by `<provider>@<apiVersion>`. Type-only: the modules are loaded lazily by
 * {@link getDriver}, so importing `stratus` never loads a driver you do not use.
 */
export interface DriverClasses {
  /** OpenStack compute API v2.1 (libcloud's "1.1"). */
  readonly 'openstack@1.1': typeof import('../drivers/openstack/v1-1/driver.ts').OpenStackNodeDriver;
  /** OpenStack compute API 1.0 (the first generation; libcloud's `api_version='1.0'`). */
  readonly 'openstack@1.0': typeof import('../drivers/openstack/v1-0/driver/driver.ts').OpenStackV10NodeDriver;
  /** Amazon EC2 Query API 2016-11-15. */
  readonly 'ec2@2016-11-15': typeof import('../drivers/ec2/driver.ts').Ec2NodeDriver;
}

/** A registry key such as `openstack@1.1`. */
export type DriverKey = keyof DriverClasses;

/** The API versions registered for a provider. */
export type ApiVersionOf<P extends Provider> =
  Extract<DriverKey, `${P}@${string}`> extends `${P}@${infer V}` ? V : never;

const LOADERS: { readonly [K in DriverKey]: () => Promise<DriverClasses[K]> } = {
  'openstack@1.1': async () => (await import('../drivers/openstack/v1-1/driver.ts')).OpenStackNodeDriver,
  'openstack@1.0': async () =>
    (await import('../drivers/openstack/v1-0/driver/driver.ts')).OpenStackV10NodeDriver,
  'ec2@2016-11-15': async () => (await import('../drivers/ec2/driver.ts')).Ec2NodeDriver,
};

const DEFAULT_VERSIONS: { readonly [P in Provider]: ApiVersionOf<P> } = {
  openstack: '1.1',
  ec2: '2016-11-15',
};

/** Options of {@link getDriver}. */
export interface GetDriverOptions<V extends string> {
  /** The driver's API version. @defaultValue `1.1` for OpenStack */
  readonly apiVersion?: V | undefined;
}

/**
 * Loads a driver class by provider (and API version), importing its module only now.
 *
 * @param provider - One of {@link Provider}.
 * @param options - The API version. @defaultValue the provider's default (`1.1` for OpenStack)
 * @returns The driver class: construct it with the provider's options.
 * @throws {@link ConfigurationError} for an unknown provider or version, listing the registered ones.
 * @example
 * ```ts
 * import { getDriver, Provider } from 'stratus';
 * const OpenStack = await getDriver(Provider.OPENSTACK, { apiVersion: '1.1' });
 * ```
 */
export async function getDriver<P extends Provider, V extends ApiVersionOf<P> = ApiVersionOf<P>>(
  provider: P,
  options: GetDriverOptions<V> = {},
): Promise<DriverClasses[`${P}@${V}` & DriverKey]> {
  const version: string = options.apiVersion ?? DEFAULT_VERSIONS[provider] ?? '';
  const key = `${provider}@${version}`;
  if (!isDriverKey(key)) {
    throw new ConfigurationError(
      `No driver for provider "${provider}" with apiVersion "${version}"; registered: ${Object.keys(LOADERS).join(', ')}`,
    );
  }
  return LOADERS[key]() as Promise<DriverClasses[`${P}@${V}` & DriverKey]>;
}

function isDriverKey(key: string): key is DriverKey {
  return Object.hasOwn(LOADERS, key);
}

/**
 * @returns Every registered `<provider>@<apiVersion>` key.
 */
export function listDrivers(): readonly DriverKey[] {
  return Object.keys(LOADERS).filter(isDriverKey);
}
