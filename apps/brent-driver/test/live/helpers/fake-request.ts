/**
 * A stand-in for the monitor's job in the queue tests: a request that finishes after `pollsNeeded` polls, whose
 * payload carries a deployment location sealed with AES-256-GCM the way the driver seals it — so a scan of the
 * topics can prove the password never travels in clear.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import type { Job, JobOutcome } from '../../../src/jobs/queue.ts';

/** The job payload. */
export type FakeRequest = {
  readonly requestId: string;
  readonly tenantId: string;
  readonly pollsNeeded: number;
  readonly polls: number;
  readonly sealedLocation: string;
};

/** The password planted in every sealed location; no Kafka record may contain it. */
export const PLANTED_PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const key = randomBytes(32);

/**
 * A new request.
 *
 * @param requestId - Its id.
 * @param pollsNeeded - Polls before it is finished.
 * @returns The payload.
 */
export function fakeRequest(requestId: string, pollsNeeded: number): FakeRequest {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const location = {
    name: 'local',
    properties: { os_auth_username: 'admin', os_auth_password: PLANTED_PASSWORD },
  };
  const body = Buffer.concat([cipher.update(JSON.stringify(location), 'utf8'), cipher.final()]);
  const sealedLocation = `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  return { requestId, tenantId: 'tenant-a', pollsNeeded, polls: 0, sealedLocation };
}

/**
 * One poll: counts it and asks `check` whether the request finished (it publishes the completion then).
 *
 * @param job - The queued job.
 * @param check - Gets the payload with the poll counted; true when finished.
 * @returns done, or a retry in 300 ms with the count kept in the payload.
 */
export async function pollFakeRequest(
  job: Job<FakeRequest>,
  check: (request: FakeRequest) => Promise<boolean>,
): Promise<JobOutcome<FakeRequest>> {
  const request = { ...job.payload, polls: job.payload.polls + 1 };
  if (await check(request)) return { kind: 'done' };
  return { kind: 'retry', delayMs: 300, payload: request };
}
