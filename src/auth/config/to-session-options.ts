import { ConfigurationError } from '../../errors/configuration-error.ts';
import type { TransportOptions } from '../../transport/options.ts';
import { hideSecrets } from '../../transport/redact.ts';
import { type EndpointInterface, toEndpointInterface } from '../catalog/model.ts';
import type { SessionOptions } from '../session.ts';
import { authFromConfig } from './auth-type.ts';
import { type RawCloudConfig, readBoolean, readSeconds, readString } from './raw-config.ts';

/** TLS and timeout settings from a cloud config, for the transport. */
export interface ConnectionSettings {
  /** A CA bundle file (`cacert`, `OS_CACERT`). */
  readonly caCertFile?: string | undefined;
  /** A client certificate file (`cert`, `OS_CERT`). */
  readonly clientCertFile?: string | undefined;
  /** The client certificate's key file (`key`, `OS_KEY`). */
  readonly clientKeyFile?: string | undefined;
  /** Skip TLS verification (`verify: false`, `insecure: true`, `OS_INSECURE`). Never in production. */
  readonly insecure?: boolean | undefined;
  /** Per-request time limit (`api_timeout`, seconds in the file). */
  readonly timeoutMs?: number | undefined;
}

/** Session options read from clouds.yaml or the environment, with where they came from. */
export interface CloudSessionOptions extends SessionOptions {
  /** The cloud name, when one was selected. */
  readonly cloud: string | undefined;
  /** The file (and cloud) or `the environment` the settings came from. */
  readonly origin: string;
  /** TLS and timeout settings. */
  readonly connection: ConnectionSettings;
  /** Transport options built from `connection` (TLS files, `api_timeout`). */
  readonly transport: TransportOptions;
}

function readInterface(config: RawCloudConfig): EndpointInterface | undefined {
  const raw = readString(config, undefined, 'interface') ?? readString(config, undefined, 'endpoint_type');
  if (raw === undefined) return undefined;
  const value = toEndpointInterface(raw);
  if (value === undefined) {
    throw new ConfigurationError(
      `\`interface\` in ${config.origin} must be public, internal or admin, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function readOverrides(config: RawCloudConfig): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const key of Object.keys(config.values)) {
    const match = /^(.+)_endpoint_override$/.exec(key);
    const url = match?.[1] === undefined ? undefined : readString(config, undefined, key);
    if (match?.[1] !== undefined && url !== undefined) out[match[1].replaceAll('_', '-')] = url;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function readConnection(config: RawCloudConfig): ConnectionSettings {
  const verify = readBoolean(config, 'verify');
  const insecure = readBoolean(config, 'insecure') ?? (verify === undefined ? undefined : !verify);
  const timeout = readSeconds(config, 'api_timeout');
  return Object.freeze({
    caCertFile: readString(config, undefined, 'cacert'),
    clientCertFile: readString(config, undefined, 'cert'),
    clientKeyFile: readString(config, undefined, 'key'),
    insecure,
    timeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000),
  });
}

function transportOptions(connection: ConnectionSettings): TransportOptions {
  const { caCertFile, clientCertFile, clientKeyFile, insecure, timeoutMs } = connection;
  const anyTls = [caCertFile, clientCertFile, clientKeyFile, insecure].some((v) => v !== undefined);
  const tls = anyTls ? { ca: caCertFile, cert: clientCertFile, key: clientKeyFile, insecure } : undefined;
  return Object.freeze({ timeoutMs, tls });
}

/**
 * Turns one cloud's openstacksdk-style settings into session options.
 *
 * @param config - The settings and where they came from.
 * @param cloud - The cloud name, if any.
 * @returns Frozen session options whose secrets are hidden from `util.inspect` and `JSON.stringify`.
 * @throws {@link ConfigurationError} naming the key and the file.
 */
export function sessionOptionsFromConfig(
  config: RawCloudConfig,
  cloud: string | undefined,
): CloudSessionOptions {
  const auth = hideSecrets({ ...authFromConfig(config) });
  const connection = readConnection(config);
  const options: CloudSessionOptions = {
    auth: Object.freeze(auth),
    transport: transportOptions(connection),
    region: readString(config, undefined, 'region_name'),
    interface: readInterface(config),
    endpointOverrides: readOverrides(config),
    cloud,
    origin: config.origin,
    connection,
  };
  return Object.freeze(hideSecrets(options));
}
