import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { ConfigurationError } from '../errors/configuration-error.ts';

const PUBLIC_KEY =
  /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/;

/**
 * Checks that a string is one OpenSSH public key line and returns it trimmed.
 *
 * @param text - The candidate public key.
 * @param source - Where it came from, for the error message (e.g. a file path).
 * @returns The trimmed key line.
 * @throws {@link ConfigurationError} when it is a private key or not an OpenSSH public key; the message never
 * repeats the content.
 * @example
 * ```ts
 * import { validatePublicKey } from 'stratus';
 * validatePublicKey('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA== me@host', 'example');
 * ```
 */
export function validatePublicKey(text: string, source: string): string {
  const key = text.trim();
  if (key.includes('PRIVATE KEY')) {
    throw new ConfigurationError(
      `${source} holds a PRIVATE key; pass the public half instead (the .pub file, or \`ssh-keygen -y -f <key>\`)`,
    );
  }
  if (!PUBLIC_KEY.test(key)) {
    throw new ConfigurationError(
      `${source} is not an OpenSSH public key line (expected "ssh-ed25519 AAAA… comment", "ssh-rsa …" or "ecdsa-sha2-…")`,
    );
  }
  return key;
}

/**
 * Reads an OpenSSH public key from a file; a leading `~/` means the home directory.
 *
 * @param path - The file, e.g. `~/.ssh/id_ed25519.pub`.
 * @returns The trimmed key line.
 * @throws {@link ConfigurationError} when the file cannot be read or does not hold a public key.
 * @example
 * ```ts
 * import { readPublicKeyFile } from 'stratus';
 * const key = await readPublicKeyFile('~/.ssh/id_ed25519.pub');
 * ```
 */
export async function readPublicKeyFile(path: string): Promise<string> {
  const resolved = path.startsWith('~/') ? `${homedir()}${path.slice(1)}` : path;
  let text: string;
  try {
    text = await readFile(resolved, 'utf8');
  } catch (cause) {
    throw new ConfigurationError(`Cannot read the public key file ${resolved}: check the path`, { cause });
  }
  return validatePublicKey(text, `The file ${resolved}`);
}
