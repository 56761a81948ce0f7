import { ConfigurationError } from '../errors/configuration-error.ts';
import { identityRoot } from './auth-url.ts';
import type { AuthOptions } from './types.ts';

function requireString(value: unknown, field: string, fix: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`\`${field}\` is required and must be a non-empty string: ${fix}`);
  }
}

function requireRef(value: unknown, field: string, fix: string): void {
  if (typeof value !== 'object' || value === null || !('id' in value || 'name' in value)) {
    throw new ConfigurationError(`\`${field}\` must be { id } or { name, domain }: ${fix}`);
  }
  if ('name' in value && !('id' in value)) {
    const domain: unknown = 'domain' in value ? value.domain : undefined;
    if (typeof domain !== 'object' || domain === null || !('id' in domain || 'name' in domain)) {
      throw new ConfigurationError(
        `\`${field}.domain\` is required with \`${field}.name\`: names are unique only within a domain ` +
          '(use { name: "Default" } for the default domain)',
      );
    }
  }
}

/**
 * Checks auth options at run time (they may come from a file or JavaScript) and names what is wrong.
 *
 * @param auth - The auth options.
 * @throws {@link ConfigurationError} naming the field and the fix.
 */
export function validateAuthOptions(auth: AuthOptions): void {
  if (auth.method === 'forced_token') {
    requireString(auth.token, 'auth.token', 'pass the token to use');
    return;
  }
  requireString(auth.authUrl, 'auth.authUrl', 'pass the Keystone URL, e.g. https://keystone.example:5000/v3');
  identityRoot(auth.authUrl);
  switch (auth.method) {
    case '3.x_password':
      requireRef(auth.user, 'auth.user', 'name the user');
      requireString(auth.password, 'auth.password', 'pass the password');
      break;
    case '3.x_appcred': {
      const c = auth.applicationCredential;
      requireString(c?.secret, 'auth.applicationCredential.secret', 'pass the application credential secret');
      if (!('id' in c)) requireRef(c.user, 'auth.applicationCredential.user', 'name the credential owner');
      break;
    }
    case '3.x_token':
      requireString(auth.token, 'auth.token', 'pass the token to rescope');
      break;
    case '3.x_oidc_access_token':
      requireString(auth.identityProvider, 'auth.identityProvider', 'pass the identity provider id');
      requireString(auth.accessToken, 'auth.accessToken', 'pass the OIDC access token');
      break;
    case '2.0_password':
      requireString(auth.username, 'auth.username', 'pass the user name');
      requireString(auth.password, 'auth.password', 'pass the password');
      break;
    case '2.0':
    case '2.0_apikey':
    case '1.0':
    case '1.1':
      requireString(auth.username, 'auth.username', 'pass the user name');
      requireString(auth.apiKey, 'auth.apiKey', 'pass the API key');
      break;
  }
}
