// A missing key pair is one typed error wherever it is named: get, delete, and a boot that names it.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { BadRequestError, KeyPairNotFoundError, NotFoundError } from '../../../src/index.ts';
import { calls, NOVA, NOVA_VERSION, track } from './harness.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const MISSING = { itemNotFound: { code: 404, message: 'Keypair nokey not found for user u1' } };
const INVALID_KEY = { badRequest: { code: 400, message: 'Invalid key_name provided.' } };
const KEY = {
  keypair: { name: 'mykey', public_key: 'ssh-ed25519 AAAA x', fingerprint: 'aa:bb', user_id: 'u1' },
};

function driver(): OpenStackNodeDriver {
  return new OpenStackNodeDriver({
    auth: { method: 'forced_token', token: 'tok', endpoints: { compute: `${NOVA}/v2.1` } },
    transport: { retry: false, debug: false },
  });
}

function nova(): nock.Scope {
  return track(nock(NOVA)).get('/v2.1').reply(200, NOVA_VERSION, JSON_TYPE);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('a missing key pair', () => {
  it('get and delete throw KeyPairNotFoundError (a NotFoundError); the portable getter gives undefined', async () => {
    const scope = nova()
      .get('/v2.1/os-keypairs/nokey')
      .times(2)
      .reply(404, MISSING, JSON_TYPE)
      .delete('/v2.1/os-keypairs/nokey')
      .reply(404, MISSING, JSON_TYPE);
    const d = driver();
    const got = await rejection(d.ext.compute.getKeypair('nokey'));
    expect(got).toBeInstanceOf(KeyPairNotFoundError);
    expect(got).toBeInstanceOf(NotFoundError);
    expect(got).toMatchObject({ code: 'ERR_KEY_PAIR_NOT_FOUND', keyPairName: 'nokey', status: 404 });
    expect(await d.getKeyPair('nokey')).toBeUndefined();
    expect(await rejection(d.deleteKeyPair('nokey'))).toBeInstanceOf(KeyPairNotFoundError);
    await d.close();
    scope.done();
  });

  it('createNode naming a missing key pair: Nova says 400, Stratus looks once and says KeyPairNotFoundError', async () => {
    const scope = nova()
      .post('/v2.1/servers')
      .reply(400, INVALID_KEY, JSON_TYPE)
      .get('/v2.1/os-keypairs/nokey')
      .reply(404, MISSING, JSON_TYPE);
    const d = driver();
    const error = await rejection(d.createNode({ name: 'web', size: '1', image: 'img', keyName: 'nokey' }));
    expect(error).toBeInstanceOf(KeyPairNotFoundError);
    expect(error).toMatchObject({ keyPairName: 'nokey' });
    expect(calls).toEqual([
      'GET 127.0.0.1:8774/v2.1',
      'POST 127.0.0.1:8774/v2.1/servers',
      'GET 127.0.0.1:8774/v2.1/os-keypairs/nokey',
    ]);
    await d.close();
    scope.done();
  });

  it('a 400 for another reason stays a BadRequestError (the key pair exists)', async () => {
    const scope = nova()
      .post('/v2.1/servers')
      .reply(400, { badRequest: { code: 400, message: 'Invalid flavorRef provided.' } }, JSON_TYPE)
      .get('/v2.1/os-keypairs/mykey')
      .reply(200, KEY, JSON_TYPE)
      .post('/v2.1/servers')
      .reply(400, { badRequest: { code: 400, message: 'Invalid imageRef provided.' } }, JSON_TYPE);
    const d = driver();
    const withKey = await rejection(d.createNode({ name: 'web', size: 'x', image: 'img', keyName: 'mykey' }));
    expect(withKey).toBeInstanceOf(BadRequestError);
    expect(String(withKey)).toContain('Invalid flavorRef provided.');
    const withoutKey = await rejection(d.createNode({ name: 'web', size: '1', image: 'x' }));
    expect(withoutKey).toBeInstanceOf(BadRequestError);
    await d.close();
    scope.done();
  });
});
