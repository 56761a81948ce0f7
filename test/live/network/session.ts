/**
 * Sessions over the library's real transport (`createTransport`), which streams request and response bodies;
 * the services' live tests need that for image upload and download.
 */
import { createSession, type OpenStackSession } from '../../../src/auth/session.ts';
import { defaultCloudName, loadCloud } from '../helpers/cloud.ts';
import { authOptionsFor } from '../helpers/session.ts';

/**
 * Opens a session on a cloud of the live clouds.yaml with a transport the session owns and closes.
 *
 * @param name - The cloud name; `OS_CLOUD`, else `stratus-demo`, when omitted.
 * @returns The session; close it after the file.
 */
export function openStreamingSession(name: string = defaultCloudName()): OpenStackSession {
  const cloud = loadCloud(name);
  return createSession({
    auth: authOptionsFor(cloud),
    region: cloud.regionName,
    transport: { timeoutMs: 120_000 },
  });
}
