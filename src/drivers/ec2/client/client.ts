import type { Send } from '../../../transport/types.ts';
import { encodeQuery, type QueryParams } from './query.ts';
import { parseAnswer, textOf, type XmlNode } from './xml.ts';

/** Options of one {@link QueryClient.call}. */
export interface CallOptions {
  /** Safe to retry (every `Describe*`): the transport retries it on 503 and network errors. @defaultValue `false` */
  readonly idempotent?: boolean | undefined;
  /** Aborts the request. */
  readonly signal?: AbortSignal | undefined;
}

/** Sends AWS Query API actions (EC2, CloudFormation) to one endpoint and parses the XML answers. */
export interface QueryClient {
  /** A human name of the service for messages: `EC2`, `CloudFormation`. */
  readonly name: string;
  /** The endpoint URL. */
  readonly endpoint: string;
  /**
   * Sends one action.
   * @param action - E.g. `DescribeInstances`.
   * @param params - Its parameters.
   * @param options - Idempotency and abort signal.
   * @returns The answer's root element.
   */
  call(action: string, params: QueryParams, options?: CallOptions): Promise<XmlNode>;
}

/** What {@link createQueryClient} needs. */
export interface QueryClientOptions {
  /** A human name of the service. */
  readonly name: string;
  /** The endpoint URL. */
  readonly endpoint: string;
  /** The API version, e.g. `2016-11-15` for EC2. */
  readonly version: string;
  /** The signed pipeline. */
  readonly send: Send;
}

/**
 * Creates a Query API client over a (signed) transport pipeline.
 *
 * @param options - Name, endpoint, API version and pipeline.
 * @returns The client.
 */
export function createQueryClient(options: QueryClientOptions): QueryClient {
  const { name, endpoint, version, send } = options;
  return Object.freeze({
    name,
    endpoint,
    async call(action: string, params: QueryParams, call: CallOptions = {}): Promise<XmlNode> {
      const response = await send(
        {
          method: 'POST',
          url: endpoint,
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'text/xml' },
          body: encodeQuery(action, version, params),
          expect: [200],
          idempotent: call.idempotent ?? false,
          service: name,
        },
        { signal: call.signal, attempt: 1 },
      );
      return parseAnswer(response.body, action);
    },
  });
}

/** One page request of {@link paginate}. */
export interface PageSpec<T> {
  /** The action, e.g. `DescribeInstances`. */
  readonly action: string;
  /** Its parameters besides `NextToken` / `MaxResults`. */
  readonly params: QueryParams;
  /** Page size hint (`MaxResults`); `undefined` lets the server choose. */
  readonly pageSize?: number | undefined;
  /** Reads one page's entries. */
  readonly read: (answer: XmlNode) => readonly T[];
}

/**
 * Walks a `NextToken`-paginated `Describe*` action lazily, one request per page.
 *
 * @param client - The client.
 * @param spec - Action, parameters, page size and reader.
 * @param signal - Aborts the walk.
 * @returns The entries of every page, in order.
 */
export async function* paginate<T>(
  client: QueryClient,
  spec: PageSpec<T>,
  signal?: AbortSignal,
): AsyncIterable<T> {
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const params = { ...spec.params, MaxResults: spec.pageSize, NextToken: token };
    const answer = await client.call(spec.action, params, { idempotent: true, signal });
    yield* spec.read(answer);
    token = textOf(answer, 'nextToken');
    // A server that hands back a token it already gave would loop forever.
    if (token !== undefined && seen.has(token)) return;
    if (token !== undefined) seen.add(token);
  } while (token !== undefined);
}
