// A scripted in-memory cloud for request-budget tests: answers v3 logins from the recorded fixture with
// numbered tokens and a chosen lifetime, and service calls according to which tokens are still accepted.
import { AuthenticationError } from '../../../../src/errors/authentication-error.ts';
import type { HttpRequest, HttpResponse, RequestContext, Send } from '../../../../src/transport/types.ts';
import { loadFixture } from '../../../helpers/fixtures.ts';

export interface FakeKeystone {
  readonly send: Send;
  /** Every login request, in order. */
  readonly logins: HttpRequest[];
  /** Every service request (with the token it carried), in order. */
  readonly calls: {
    readonly url: string;
    readonly token: string | undefined;
    readonly note: string | undefined;
  }[];
  /** Tokens the services refuse with 401. */
  readonly refused: Set<string>;
  /** Lifetime of the next tokens, in ms. */
  lifetimeMs: number;
  /** Delay of each login, in ms (to let concurrent callers pile up). */
  loginDelayMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function fakeKeystone(): FakeKeystone {
  const fake: FakeKeystone = {
    logins: [],
    calls: [],
    refused: new Set(),
    lifetimeMs: 3_600_000,
    loginDelayMs: 5,
    send: async (request: HttpRequest, context: RequestContext): Promise<HttpResponse> => {
      if (request.url.endsWith('/auth/tokens')) {
        fake.logins.push(request);
        const n = fake.logins.length;
        await sleep(fake.loginDelayMs);
        const body = structuredClone(loadFixture('identity/tokens/create.v3-password-project')) as {
          token: Record<string, unknown>;
        };
        const now = Date.now();
        body.token.issued_at = new Date(now).toISOString();
        body.token.expires_at = new Date(now + fake.lifetimeMs).toISOString();
        return { status: 201, headers: { 'x-subject-token': `token-${n}` }, body, url: request.url };
      }
      const token = request.headers?.['X-Auth-Token'];
      fake.calls.push({ url: request.url, token, note: context.note });
      if (token === undefined || fake.refused.has(token)) {
        throw new AuthenticationError(`401 for ${request.url}`, { status: 401 });
      }
      return { status: 200, headers: {}, body: { ok: true }, url: request.url };
    },
  };
  return fake;
}
