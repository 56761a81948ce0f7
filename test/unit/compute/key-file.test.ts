import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, readPublicKeyFile, validatePublicKey } from '../../../src/index.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host';

describe('public key files', () => {
  it('reads and trims a public key file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stratus-key-'));
    await writeFile(join(dir, 'id.pub'), `${KEY}\n`);
    await expect(readPublicKeyFile(join(dir, 'id.pub'))).resolves.toBe(KEY);
  });

  it('refuses a private key without echoing it', () => {
    const secret =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    const error = (() => {
      try {
        return validatePublicKey(secret, 'The file k');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain('PRIVATE key');
    expect(String(error)).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
  });

  it('refuses text that is not a public key and a missing file', async () => {
    expect(() => validatePublicKey('hello', 'x')).toThrow(/not an OpenSSH public key/);
    await expect(readPublicKeyFile('/nonexistent/k.pub')).rejects.toThrow(/Cannot read the public key file/);
  });
});
