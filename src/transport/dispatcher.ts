import createDebug from 'debug';
import { Agent, type Dispatcher, EnvHttpProxyAgent, ProxyAgent } from 'undici';
import { redactUrl } from './redact.ts';
import type { ResolvedTransportOptions } from './resolve-options.ts';

const log = createDebug('stratus:transport');

/**
 * Creates the keep-alive dispatcher for resolved options: a plain `Agent`, a `ProxyAgent` for an explicit
 * proxy URL, or an `EnvHttpProxyAgent` that honours `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` for `proxy: 'env'`.
 *
 * @param options - The resolved transport options.
 * @returns A dispatcher owned (and closed) by the transport.
 */
export function createDispatcher(options: ResolvedTransportOptions): Dispatcher {
  const tls = options.tls;
  const connect =
    tls === undefined
      ? undefined
      : {
          ...(tls.ca === undefined ? {} : { ca: tls.ca }),
          ...(tls.cert === undefined ? {} : { cert: tls.cert }),
          ...(tls.key === undefined ? {} : { key: tls.key }),
          rejectUnauthorized: !tls.insecure,
        };
  if (tls?.insecure)
    log('TLS certificate verification is OFF (tls.insecure): use this only on a throwaway cloud');
  if (options.proxy === 'env') {
    log('proxy from HTTP_PROXY/HTTPS_PROXY/NO_PROXY');
    return connect === undefined
      ? new EnvHttpProxyAgent()
      : new EnvHttpProxyAgent({ connect, requestTls: connect });
  }
  if (options.proxy !== false) {
    log('proxy %s', redactUrl(options.proxy));
    return connect === undefined
      ? new ProxyAgent({ uri: options.proxy })
      : new ProxyAgent({ uri: options.proxy, connect, requestTls: connect });
  }
  return connect === undefined ? new Agent() : new Agent({ connect });
}
