// The demo's cleanup stack and throw-away SSH key (examples/tour), without a cloud.
import { describe, expect, it } from 'vitest';
import { CleanupStack } from '../../../examples/tour/cleanup.ts';
import { ed25519PublicKey } from '../../../examples/tour/ssh-key.ts';
import { NotFoundError } from '../../../src/errors/http-status-errors.ts';

describe('the demo’s cleanup stack', () => {
  it('undoes newest first, counts a 404 as done, keeps going after a failure and reports it', async () => {
    const log: string[] = [];
    const order: string[] = [];
    const stack = new CleanupStack((line) => log.push(line));
    stack.push('network n', async () => order.push('network'));
    stack.push('volume v', () => {
      order.push('volume');
      return Promise.reject(new Error('volume is busy'));
    });
    stack.push('server s', () => {
      order.push('server');
      return Promise.reject(
        new NotFoundError({ status: 404, method: 'DELETE', url: 'http://nova/servers/s' }),
      );
    });
    const forget = stack.push('stack k', async () => order.push('stack'));
    forget();
    expect(stack.pending()).toEqual(['network n', 'volume v', 'server s']);
    expect(await stack.runAll()).toEqual(['volume v']);
    expect(order).toEqual(['server', 'volume', 'network']);
    expect(log.join('\n')).toMatch(
      /server s was already gone[\s\S]*could not remove volume v: volume is busy/,
    );
    expect(stack.size).toBe(0);
  });
});

describe('the demo’s SSH key', () => {
  it('is an OpenSSH ed25519 public key with a 32-byte key in its blob', () => {
    const key = ed25519PublicKey('demo-key');
    const [type, blob, comment] = key.split(' ');
    expect(type).toBe('ssh-ed25519');
    expect(comment).toBe('demo-key');
    const bytes = Buffer.from(blob ?? '', 'base64');
    const typeLength = bytes.readUInt32BE(0);
    expect(bytes.subarray(4, 4 + typeLength).toString()).toBe('ssh-ed25519');
    expect(bytes.readUInt32BE(4 + typeLength)).toBe(32);
    expect(bytes.length).toBe(4 + typeLength + 4 + 32);
    expect(ed25519PublicKey('x')).not.toBe(ed25519PublicKey('x'));
  });
});
