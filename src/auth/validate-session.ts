import { EndpointInterface } from './catalog/model.ts';
import { TokenCache } from './token-cache.ts';
import { validateAuthOptions } from './validate-auth.ts';
import { invalid, objectField, optionalStringField, optionalStringMap } from './validate-fields.ts';

const INTERFACES: readonly unknown[] = Object.values(EndpointInterface);

function optionalCount(value: unknown, field: string, allowZero: boolean): void {
  if (value === undefined) return;
  const ok = typeof value === 'number' && Number.isInteger(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok)
    invalid(field, allowZero ? 'an integer ≥ 0' : 'an integer > 0', value, 'pass milliseconds or a count');
}

function tokenCache(value: unknown): void {
  if (value === undefined || value instanceof TokenCache) return;
  const o = objectField(value, 'tokenCache', 'pass token cache options or a TokenCache');
  optionalCount(o.expirySkewMs, 'tokenCache.expirySkewMs', true);
  optionalCount(o.noExpiryTtlMs, 'tokenCache.noExpiryTtlMs', false);
  optionalCount(o.max, 'tokenCache.max', false);
}

/**
 * Checks session options at run time, field by field: they often come from JSON config or plain JavaScript,
 * where the types do not hold.
 *
 * @param options - The options, typed or not.
 * @throws {@link ConfigurationError} naming the first bad field and the fix.
 */
export function validateSessionOptions(options: unknown): void {
  const o = objectField(options, 'options', 'pass { auth, region?, interface?, … } (see docs/auth.md)');
  validateAuthOptions(o.auth);
  optionalStringField(o.region, 'region', 'pass the region name, e.g. RegionOne');
  if (o.interface !== undefined && !INTERFACES.includes(o.interface)) {
    invalid('interface', `one of ${INTERFACES.join(', ')}`, o.interface, 'pick the endpoint interface');
  }
  optionalStringMap(o.endpointOverrides, 'endpointOverrides', 'map service types to base URLs');
  if (o.transport !== undefined) objectField(o.transport, 'transport', 'pass transport options');
  tokenCache(o.tokenCache);
}
