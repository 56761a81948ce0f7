// Guards the rule "fixtures recorded from the real cloud have their secrets replaced": every JSON fixture under
// test/fixtures is scanned for live-looking tokens, private keys and secret fields with real-looking values.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSecretField } from '../../../src/transport/redact.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(files(path)) : out.concat(path);
  }
  return out;
}

/** Fernet/JWS Keystone tokens, PKI tokens, and PEM private keys with real key material. */
const LIVE_PATTERNS: readonly [string, RegExp][] = [
  ['a Keystone Fernet token', /gAAAAA[A-Za-z0-9_-]{60,}/],
  ['a JWS token', /eyJ[A-Za-z0-9_-]{20,}\.eyJ[A-Za-z0-9_-]{20,}\./],
  ['private key material', /PRIVATE KEY-----(?:\\n|\s)*[A-Za-z0-9+/=]{64,}/],
];

/** A placeholder names itself as one; a real secret looks random. */
const PLACEHOLDER =
  /fixture|redacted|example|placeholder|sha256|secret|password|pass|dummy|fake|test|xxx|\*\*\*/i;

function secretValues(value: unknown, path: string, found: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      secretValues(item, `${path}[${i}]`, found);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (typeof item === 'string' && isSecretField(key) && item.length >= 8 && !PLACEHOLDER.test(item)) {
      found.push(`${at} = "${item.slice(0, 4)}…" looks like a real secret`);
    }
    secretValues(item, at, found);
  }
}

describe('recorded fixtures carry no live secrets', () => {
  const all = files(ROOT).filter((file) => file.endsWith('.json') || file.endsWith('.xml'));

  it('finds the fixtures', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it('contains no token, private key or real-looking secret field', () => {
    const problems: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      for (const [what, pattern] of LIVE_PATTERNS) if (pattern.test(text)) problems.push(`${name}: ${what}`);
      if (file.endsWith('.json')) {
        const found: string[] = [];
        const parsed: unknown = JSON.parse(text);
        secretValues(parsed, '$', found);
        problems.push(...found.map((problem) => `${name}: ${problem}`));
      }
    }
    // Fix: replace the value with a placeholder such as "fixture-token" or its fingerprint ({SHA256:…}).
    expect(problems).toEqual([]);
  });

  it('would catch a recorded token and a real-looking password', () => {
    const found: string[] = [];
    secretValues({ server: { adminPass: 'Jk3n9Fq2LmPz' }, auth: { password: 'fixture-pass' } }, '$', found);
    expect(found).toEqual(['$.server.adminPass = "Jk3n…" looks like a real secret']);
    expect(LIVE_PATTERNS[0]?.[1].test(`"id": "gAAAAAB${'x'.repeat(80)}"`)).toBe(true);
    expect(LIVE_PATTERNS[2]?.[1].test(`-----BEGIN RSA PRIVATE KEY-----\\n${'A'.repeat(70)}`)).toBe(true);
    expect(LIVE_PATTERNS[2]?.[1].test('-----BEGIN OPENSSH PRIVATE KEY-----\\nREDACTED-FIXTURE\\n')).toBe(
      false,
    );
  });
});
