import { ConfigurationError } from '../errors/configuration-error.ts';
import { NodeDriver } from './node-driver.ts';

/**
 * The providers Stratus ships drivers for; {@link registerDriver} adds others.
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
  /** Amazon EC2 and EC2-compatible clouds (`stratus/ec2`). */
  EC2: 'ec2',
} as const;

/** One of the {@link Provider} values. */
export type Provider = (typeof Provider)[keyof typeof Provider];

/**
 * The driver classes by `<provider>@<apiVersion>`, for typing only. Each driver module adds its own entries by
 * declaration merging (`declare module 'stratus' { interface DriverClasses { … } }`), so compute imports no
 * driver: the registry loads them lazily, by package name.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from each driver module.
export interface DriverClasses {}

/** A registry key such as `openstack@1.1`, of a driver whose types are merged into {@link DriverClasses}. */
export type DriverKey = keyof DriverClasses & string;

/** The API versions typed for a provider. */
export type ApiVersionOf<P extends string> =
  Extract<DriverKey, `${P}@${string}`> extends `${P}@${infer V}` ? V : never;

/** Any driver class: what {@link getDriver} returns for a provider whose types are not merged. */
export type DriverClass = abstract new (...args: never[]) => NodeDriver;

/** Loads a driver class when it is first asked for (e.g. `() => import('my-pkg').then((m) => m.MyDriver)`). */
export type DriverLoader = () => Promise<unknown>;

/** Options of {@link registerDriver}. */
export interface RegisterDriverOptions {
  /** The API version this class speaks. @defaultValue `'1'` */
  readonly apiVersion?: string | undefined;
  /** Make this version the provider's default. @defaultValue `true` for a provider's first version */
  readonly default?: boolean | undefined;
}

/** Options of {@link getDriver}. */
export interface GetDriverOptions<V extends string> {
  /** The driver's API version. @defaultValue the provider's default (`1.1` for OpenStack) */
  readonly apiVersion?: V | undefined;
}

/**
 * Adds a provider (or another API version of one) to the registry, as libcloud's `set_driver` does; the loader
 * runs on the first {@link getDriver} for it.
 *
 * @param provider - The provider name, e.g. `mycloud`.
 * @param loader - Resolves to the driver class (a {@link NodeDriver} subclass).
 * @param options - The API version, and whether it is the provider's default.
 * @throws {@link ConfigurationError} for an empty name or version, a loader that is not a function, or a
 * `<provider>@<apiVersion>` that is already registered.
 * @example
 * ```ts
 * import { getDriver, registerDriver } from 'stratus';
 * registerDriver('mycloud', async () => (await import('node:path')).default, { apiVersion: '2' });
 * const MyCloud = await getDriver('mycloud');
 * ```
 */
export function registerDriver(
  provider: string,
  loader: DriverLoader,
  options: RegisterDriverOptions = {},
): void {
  const version = options.apiVersion ?? '1';
  for (const [field, value] of [
    ['provider', provider],
    ['apiVersion', version],
  ] as const) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9][\w.-]*$/.test(value)) {
      throw new ConfigurationError(
        `\`${field}\` must be a name like "mycloud" or "1.1", got ${JSON.stringify(value)}`,
      );
    }
  }
  if (typeof loader !== 'function')
    throw new ConfigurationError('`loader` must be a function returning a promise');
  const key = `${provider}@${version}`;
  if (loaders.has(key)) throw new ConfigurationError(`A driver for ${key} is already registered`);
  loaders.set(key, loader);
  if (options.default === true || !defaults.has(provider)) defaults.set(provider, version);
}

/** The package entry point of the drivers Stratus ships, loaded by name on first use. */
const OPENSTACK_MODULE = 'stratus/openstack';
const EC2_MODULE = 'stratus/ec2';

function exported(name: string, from: string = OPENSTACK_MODULE): DriverLoader {
  return async () => {
    const module: unknown = await import(from);
    const value: unknown =
      typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
    return value;
  };
}

// The drivers Stratus ships, registered like any other (by package name, never by path).
const loaders = new Map<string, DriverLoader>([
  ['openstack@1.1', exported('OpenStackNodeDriver')],
  ['openstack@1.0', exported('OpenStackV10NodeDriver')],
  ['ec2@2016-11-15', exported('Ec2NodeDriver', EC2_MODULE)],
]);
const defaults = new Map<string, string>([
  ['openstack', '1.1'],
  ['ec2', '2016-11-15'],
]);

function isDriverClass(value: unknown): value is DriverClass {
  return typeof value === 'function' && value.prototype instanceof NodeDriver;
}

/**
 * Loads a driver class by provider (and API version), importing its module only now.
 *
 * @param provider - One of {@link Provider}, or a provider added with {@link registerDriver}.
 * @param options - The API version. @defaultValue the provider's default (`1.1` for OpenStack)
 * @returns The driver class: construct it with the provider's options.
 * @throws {@link ConfigurationError} for an unknown provider or version (listing the registered ones), or a
 * loader that gave something other than a {@link NodeDriver} subclass.
 * @example
 * ```ts
 * import { getDriver, Provider } from 'stratus';
 * const OpenStack = await getDriver(Provider.OPENSTACK, { apiVersion: '1.1' });
 * ```
 */
export async function getDriver<P extends string, V extends ApiVersionOf<P> = ApiVersionOf<P>>(
  provider: P,
  options: GetDriverOptions<V> = {},
): Promise<[V] extends [never] ? DriverClass : DriverClasses[`${P}@${V}` & DriverKey]> {
  const version: string = options.apiVersion ?? defaults.get(provider) ?? '';
  const key = `${provider}@${version}`;
  const loader = loaders.get(key);
  if (loader === undefined) {
    throw new ConfigurationError(
      `No driver for provider "${provider}" with apiVersion "${version}"; registered: ${listDrivers().join(', ')}`,
    );
  }
  const loaded = await loader();
  if (!isDriverClass(loaded)) {
    throw new ConfigurationError(`The loader registered for ${key} did not give a NodeDriver subclass`);
  }
  return loaded as [V] extends [never] ? DriverClass : DriverClasses[`${P}@${V}` & DriverKey];
}

/**
 * @returns Every registered `<provider>@<apiVersion>` key.
 */
export function listDrivers(): readonly string[] {
  return [...loaders.keys()];
}
