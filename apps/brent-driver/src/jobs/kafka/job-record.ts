/**
 * The wire form of a job on the queue topic: key = job id (so every attempt of a job lands on the same
 * partition), value = this JSON. The payload is the caller's; credentials in it must already be sealed (see
 * `location-seal.ts`) — the queue adds nothing but ids, counters and times.
 */
import type { Job, JsonValue } from '../queue.ts';

/** The JSON value of a job record. */
interface JobRecordValue {
  readonly version: 1;
  readonly id: string;
  readonly attempt: number;
  readonly notBefore: number;
  readonly payload: JsonValue;
}

/**
 * Serialises a job to a record value.
 *
 * @param job - The job.
 * @returns UTF-8 JSON.
 */
export function encodeJob(job: Job): Buffer {
  const value: JobRecordValue = {
    version: 1,
    id: job.id,
    attempt: job.attempt,
    notBefore: job.notBefore,
    payload: job.payload,
  };
  return Buffer.from(JSON.stringify(value), 'utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a record value written by {@link encodeJob}.
 *
 * @param value - The record value.
 * @returns The job, or `undefined` when the record is not a job of this version (it is then skipped).
 */
export function decodeJob(value: Buffer | undefined): Job | undefined {
  if (value === undefined || value.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.version !== 1) return undefined;
  const { id, attempt, notBefore, payload } = parsed;
  if (typeof id !== 'string' || typeof attempt !== 'number' || typeof notBefore !== 'number')
    return undefined;
  if (payload === undefined) return undefined;
  return { id, attempt, notBefore, payload: payload as JsonValue };
}
