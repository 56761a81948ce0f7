/**
 * The local EC2 (moto) the EC2 live tests run against: `npm run ec2:up` starts it on 127.0.0.1:15000;
 * `STRATUS_EC2_ENDPOINT` points the tests elsewhere. moto accepts any access key; each run makes up its own
 * secret so a transcript scan can look for exactly that value.
 */
import { randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { Agent } from 'undici';
import { type Ec2DriverOptions, Ec2NodeDriver } from '../../../src/drivers/ec2/index.ts';
import type { TransportOptions } from '../../../src/transport/options.ts';

/** The endpoint of the local EC2. */
export const ENDPOINT: string = process.env.STRATUS_EC2_ENDPOINT ?? 'http://127.0.0.1:15000';

/** A unique name prefix for what one test file creates. */
export function prefix(): string {
  return `t-ec2-${randomBytes(3).toString('hex')}`;
}

/** Fresh made-up credentials: a secret and session token nobody else uses. */
export function credentials(): { accessKeyId: string; secretAccessKey: string; sessionToken: string } {
  return {
    accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: `FQoG${randomBytes(48).toString('base64')}`,
  };
}

/** What a recording dispatcher saw: every request's headers as sent. */
export interface WireLog {
  readonly headers: Record<string, string>[];
}

/**
 * An undici dispatcher that records the headers of each request it sends (to learn the real signatures).
 * @returns The dispatcher and its log.
 */
export function recordingDispatcher(): { dispatcher: Dispatcher; log: WireLog } {
  const log: WireLog = { headers: [] };
  const dispatcher = new Agent().compose((dispatch) => (options, handler) => {
    const raw = options.headers;
    const headers: Record<string, string> = {};
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    }
    log.headers.push(headers);
    return dispatch(options, handler);
  });
  return { dispatcher, log };
}

/**
 * A driver on the local EC2.
 * @param transport - Transport options (debug transcript, dispatcher).
 * @param overrides - Other driver options.
 * @returns The driver.
 */
export function localDriver(
  transport: TransportOptions = {},
  overrides: Partial<Ec2DriverOptions> = {},
): Ec2NodeDriver {
  return new Ec2NodeDriver({
    credentials: credentials(),
    region: 'us-east-1',
    endpoint: ENDPOINT,
    transport,
    ...overrides,
  });
}

/** What an action-recording dispatcher saw: the Query API action of every request, in order. */
export interface ActionLog {
  readonly actions: string[];
  /** The actions that change something (everything but `Describe*`, `Get*`, `List*`). */
  mutating(): string[];
  /** Forgets what was seen. */
  reset(): void;
}

/**
 * An undici dispatcher that records the `Action` of each Query API request it sends (EC2 and CloudFormation
 * send every action as a POST, so mutations are told apart by action name).
 * @returns The dispatcher and its log.
 */
export function actionRecorder(): { dispatcher: Dispatcher; log: ActionLog } {
  const actions: string[] = [];
  const log: ActionLog = {
    actions,
    mutating: () => actions.filter((a) => !/^(Describe|Get|List)/.test(a)),
    reset: () => void actions.splice(0),
  };
  const dispatcher = new Agent().compose((dispatch) => (options, handler) => {
    const body =
      typeof options.body === 'string'
        ? options.body
        : Buffer.isBuffer(options.body)
          ? options.body.toString()
          : '';
    actions.push(new URLSearchParams(body).get('Action') ?? '?');
    return dispatch(options, handler);
  });
  return { dispatcher, log };
}
