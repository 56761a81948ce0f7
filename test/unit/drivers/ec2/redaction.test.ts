import { describe, expect, it } from 'vitest';
import { redactHeaders, redactMarkup, redactUrl } from '../../../../src/transport/redact.ts';

describe('AWS secrets in transcripts', () => {
  it('fingerprints the SigV4 Authorization header (keeping the scheme) and the session token', () => {
    const redacted = redactHeaders({
      Authorization:
        'AWS4-HMAC-SHA256 Credential=AKIA/20261204/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=abcdef0123456789',
      'X-Amz-Security-Token': 'FQoGsessiontoken',
      'X-Amz-Date': '20261204T120000Z',
    });
    expect(redacted.Authorization).toMatch(/^AWS4-HMAC-SHA256 \{SHA256:[0-9a-f]+\}$/);
    expect(redacted['X-Amz-Security-Token']).toMatch(/^\{SHA256:/);
    expect(redacted['X-Amz-Date']).toBe('20261204T120000Z');
  });

  it('fingerprints presigned-URL signatures and tokens', () => {
    const url = redactUrl(
      'https://ec2.example/?Action=DescribeInstances&X-Amz-Signature=deadbeef99&X-Amz-Security-Token=tok123456&X-Amz-Date=1',
    );
    expect(url).not.toContain('deadbeef99');
    expect(url).not.toContain('tok123456');
    expect(url).toContain('X-Amz-Date=1');
  });

  it('hides an EC2 private key (keyMaterial) and a secret access key in XML or form bodies', () => {
    const xml = redactMarkup(
      '<CreateKeyPairResponse><keyName>k</keyName><keyMaterial>-----BEGIN RSA PRIVATE KEY-----MIIE</keyMaterial></CreateKeyPairResponse>',
    );
    expect(xml).toContain('<keyName>k</keyName>');
    expect(xml).not.toContain('MIIE');
    const form = redactMarkup('Action=X&SecretAccessKey=wJalr123&SessionToken=abcd1234&KeyName=k');
    expect(form).not.toContain('wJalr123');
    expect(form).not.toContain('abcd1234');
    expect(form).toContain('KeyName=k');
  });
});
