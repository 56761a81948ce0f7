import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ec2FromEnv, ec2FromProfile } from '../../../../src/drivers/ec2/index.ts';
import { ConfigurationError } from '../../../../src/errors/configuration-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'stratus-aws-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('EC2 config helpers', () => {
  it('reads AWS_* variables and hides the secret from inspect', () => {
    const config = ec2FromEnv({
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-secret',
      AWS_SESSION_TOKEN: 'FQoGsession-token',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_EC2: 'http://127.0.0.1:15000',
    });
    expect(config).toMatchObject({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:15000' });
    expect(config.credentials.secretAccessKey).toBe('wJalrXUtnFEMI-secret');
    const shown = inspect(config, { depth: 5 });
    expect(shown).toContain('AKIAEXAMPLE');
    expect(shown).not.toContain('wJalrXUtnFEMI-secret');
    expect(shown).not.toContain('FQoGsession-token');
  });

  it('names what is missing', () => {
    expect(() => ec2FromEnv({ AWS_ACCESS_KEY_ID: 'a' })).toThrow(ConfigurationError);
    expect(() => ec2FromEnv({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' })).toThrow(/AWS_REGION/);
  });

  it('reads a named profile from the credentials and config files', async () => {
    const credentialsFile = join(dir, 'credentials');
    const configFile = join(dir, 'config');
    writeFileSync(credentialsFile, '[dev]\naws_access_key_id = AKIADEV\naws_secret_access_key = devsecret\n');
    writeFileSync(configFile, '[profile dev]\nregion = ap-south-1\nendpoint_url = http://127.0.0.1:15000\n');
    const config = await ec2FromProfile(undefined, {
      env: { AWS_PROFILE: 'dev' },
      credentialsFile,
      configFile,
    });
    expect(config).toMatchObject({
      region: 'ap-south-1',
      endpoint: 'http://127.0.0.1:15000',
      credentials: { accessKeyId: 'AKIADEV', secretAccessKey: 'devsecret' },
    });
    await expect(ec2FromProfile('nope', { credentialsFile, configFile })).rejects.toThrow(/"nope"/);
  });
});
