import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Ec2NodeDriver } from '../../../src/drivers/ec2/index.ts';
import { credentials, ENDPOINT, prefix, recordingDispatcher } from './local-ec2.ts';

const dir = mkdtempSync(join(tmpdir(), 'stratus-ec2-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('EC2 debug transcript', () => {
  it('holds neither the secret key, the session token, a signature nor a private key', async () => {
    const keys = credentials();
    const transcript = join(dir, 'transcript.log');
    const { dispatcher, log } = recordingDispatcher();
    const driver = new Ec2NodeDriver({
      credentials: keys,
      region: 'us-east-1',
      endpoint: ENDPOINT,
      transport: { dispatcher, debug: { transcript } },
    });
    const name = prefix();
    const pair = await driver.createKeyPair(`${name}-kp`);
    await Array.fromAsync(driver.listNodes());
    const error: unknown = await driver.deleteImage('ami-0badc0de').catch((e: unknown) => e);
    await driver.deleteKeyPair(pair);
    await driver.close();
    await dispatcher.close();

    const signatures = log.headers.flatMap(
      (h) => /Signature=([0-9a-f]{64})/.exec(h.authorization ?? '')?.[1] ?? [],
    );
    expect(signatures.length).toBeGreaterThanOrEqual(4); // the wire did carry real signatures
    expect(log.headers.every((h) => h['x-amz-security-token'] === keys.sessionToken)).toBe(true);
    const text = readFileSync(transcript, 'utf8');
    expect(text).toContain('DescribeInstances'); // the transcript is there and readable
    expect(text).toContain('{SHA256:');
    const privateKey = pair.privateKey ?? '';
    const privateLine = privateKey.split('\n')[1] ?? '';
    expect(privateLine.length).toBeGreaterThan(20);
    const secrets = [keys.secretAccessKey, keys.sessionToken, privateLine, ...signatures];
    for (const secret of secrets) {
      for (const form of [secret, encodeURIComponent(secret)]) {
        expect(text.includes(form), `transcript leaks ${form.slice(0, 6)}…`).toBe(false);
        expect(String(error).includes(form)).toBe(false);
        expect(inspect(driver, { depth: 5 }).includes(form)).toBe(false);
      }
    }
  });
});
