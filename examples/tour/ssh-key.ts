// A throw-away SSH key pair for the tour: generated in memory, the private half never leaves the process.
import { generateKeyPairSync } from 'node:crypto';

function sshString(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

/**
 * Generates an Ed25519 key pair and returns the public half in OpenSSH format.
 *
 * @param comment - The key comment.
 * @returns `ssh-ed25519 AAAA… comment`.
 */
export function ed25519PublicKey(comment: string): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string')
    throw new Error('node:crypto returned an Ed25519 key without its x coordinate');
  const raw = Buffer.from(jwk.x, 'base64url');
  const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}
