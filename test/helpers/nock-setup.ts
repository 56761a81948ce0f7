// Setup file of the `integration` vitest project: no real network, and no nock mistake passes silently.
//
// - Every connection is refused except to hosts a nock scope intercepts.
// - `allowLocalNet()` (from `test/helpers/nock.ts`) lets one test reach 127.0.0.1/localhost (a local server);
//   it is withdrawn after each test.
// - After each test: any request that matched no interceptor (nock answers it with a 501 ERR_NOCK_NO_MATCH, or
//   refuses the connection) fails the test unless the test claimed it with `takeUnmatchedRequests()`, and so
//   does any interceptor that was declared but never used.
import nock from 'nock';
import { afterEach, beforeEach } from 'vitest';
import {
  isLocalNetAllowed,
  isLocalUrl,
  recordUnmatched,
  resetNockState,
  takeUnmatchedRequests,
} from './nock.ts';

function describeRequest(request: unknown): string {
  if (typeof request === 'object' && request !== null) {
    const method: unknown = Reflect.get(request, 'method');
    const url: unknown = Reflect.get(request, 'url');
    if (typeof url === 'string') return `${typeof method === 'string' ? method : 'GET'} ${url}`;
  }
  return String(request);
}

nock.emitter.on('no match', (request: unknown) => {
  const url: unknown =
    typeof request === 'object' && request !== null ? Reflect.get(request, 'url') : undefined;
  // A request to a local server the test opted into is real traffic, not a missed interceptor.
  if (typeof url === 'string' && isLocalNetAllowed() && isLocalUrl(url)) return;
  recordUnmatched(describeRequest(request));
});

beforeEach(() => {
  resetNockState();
  nock.disableNetConnect();
  nock.enableNetConnect((host: string) => isLocalNetAllowed() && isLocalUrl(`http://${host}`));
});

afterEach(() => {
  const pending = nock.pendingMocks();
  const missed = takeUnmatchedRequests();
  nock.cleanAll();
  nock.abortPendingRequests();
  resetNockState();
  const problems: string[] = [];
  if (missed.length > 0) problems.push(`requests matched no nock interceptor:\n  ${missed.join('\n  ')}`);
  if (pending.length > 0) problems.push(`nock interceptors were never used:\n  ${pending.join('\n  ')}`);
  if (problems.length > 0) throw new Error(`nock hygiene: ${problems.join('\n')}`);
});
