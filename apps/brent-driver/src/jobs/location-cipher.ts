import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigurationError } from 'stratus';
import type { DeploymentLocation } from '../api/types.ts';
import type { JsonValue } from './queue.ts';

const VERSION = 'v1';

/**
 * Encrypts deployment locations (which hold passwords and private keys) and any other JSON a job must not
 * show in clear (a no-Heat package's document and parameters) for the job queue with AES-256-GCM, so no
 * credential or user data is in clear on any topic; every replica shares the key through its configuration.
 */
export class LocationCipher {
  readonly #key: Buffer;

  /**
   * @param key - 32 bytes, or their base64.
   * @throws {@link ConfigurationError} when the key is not 32 bytes.
   */
  constructor(key: string | Buffer) {
    this.#key = typeof key === 'string' ? Buffer.from(key, 'base64') : key;
    if (this.#key.length !== 32) {
      throw new ConfigurationError(
        'The job encryption key (jobs.location_key) must be 32 bytes in base64: make one with `openssl rand -base64 32`',
      );
    }
  }

  /** @returns A random key in base64 (for a single process with an in-memory queue). */
  static randomKey(): string {
    return randomBytes(32).toString('base64');
  }

  /**
   * Encrypts a location.
   *
   * @param location - The location.
   * @returns `v1.<iv>.<tag>.<ciphertext>` in base64url parts.
   */
  seal(location: DeploymentLocation): string {
    return this.sealJson(location);
  }

  /**
   * Decrypts a sealed location.
   *
   * @param sealed - What {@link LocationCipher.seal} returned (possibly on another replica).
   * @returns The location.
   * @throws {@link ConfigurationError} when it was sealed with another key or altered.
   */
  open(sealed: string): DeploymentLocation {
    return this.openJson(sealed) as DeploymentLocation;
  }

  /**
   * Encrypts any JSON value (e.g. a no-Heat document with its parameter values).
   *
   * @param value - The value (a location, or anything serialisable).
   * @returns `v1.<iv>.<tag>.<ciphertext>` in base64url parts.
   */
  sealJson(value: JsonValue | DeploymentLocation): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /**
   * Decrypts what {@link LocationCipher.sealJson} sealed; the caller narrows the result.
   *
   * @param sealed - The sealed value (possibly from another replica).
   * @returns The value, unchecked.
   * @throws {@link ConfigurationError} when it was sealed with another key or altered.
   */
  openJson(sealed: string): unknown {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || data === undefined) {
      throw new ConfigurationError('A queued job holds a sealed value in an unknown format');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ConfigurationError(
        'A queued job cannot be decrypted: every replica must share the same jobs.location_key',
        { cause: error },
      );
    }
  }
}
