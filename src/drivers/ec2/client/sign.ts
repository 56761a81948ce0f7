import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Middleware } from '../../../transport/types.ts';
import type { Ec2Credentials } from '../config/types.ts';

/** What {@link signV4} signs for. */
export interface SignV4Options {
  /** The access keys. */
  readonly credentials: Ec2Credentials;
  /** The region, e.g. `us-east-1`. */
  readonly region: string;
  /** The signing name of the service: `ec2`, `cloudformation`. */
  readonly service: string;
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return '';
}

/**
 * A middleware that signs each request with AWS Signature Version 4 (the AWS SDK's own signer).
 *
 * @remarks
 * Outermost, like the OpenStack auth middleware: the signature (in `Authorization`) and the session token (in
 * `X-Amz-Security-Token`) are headers the debug transcript already fingerprints. A retried request re-uses
 * the signature; AWS accepts it for five minutes.
 *
 * @param options - Credentials, region and service.
 * @returns The middleware.
 */
export function signV4(options: SignV4Options): Middleware {
  const { accessKeyId, secretAccessKey, sessionToken } = options.credentials;
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    region: options.region,
    service: options.service,
    sha256: Sha256,
  });
  return (next) => async (request, context) => {
    const url = new URL(request.url);
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = value;
    const headers: Record<string, string> = { host: url.host };
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
    const signed = await signer.sign({
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port === '' ? {} : { port: Number(url.port) }),
      path: url.pathname,
      query,
      headers,
      body: bodyText(request.body),
    });
    // undici writes Host from the URL itself; the value is the same one that was signed.
    const { host: _host, ...outgoing } = signed.headers;
    return next({ ...request, headers: outgoing }, context);
  };
}
