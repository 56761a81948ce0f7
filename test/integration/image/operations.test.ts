// The Glance operations not covered elsewhere: delete, reactivate, find, remove member, and the data helpers'
// failure paths (a failed upload removes the half-made image; a wrong MD5 is an error).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { createImageWithData, saveImageData } from '../../../src/drivers/openstack/image/image-data/index.ts';
import {
  deleteImage,
  findImagesByName,
  reactivateImage,
} from '../../../src/drivers/openstack/image/images/index.ts';
import { removeImageMember } from '../../../src/drivers/openstack/image/members/index.ts';
import { ServerError } from '../../../src/errors/http-status-errors.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { serviceClient } from '../network/harness.ts';

const HOST = 'https://glance.example.com:9292';
const glance = () => serviceClient('image', 'Glance', HOST);
const dir = mkdtempSync(join(tmpdir(), 'stratus-glance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const created = loadFixture('image/images/create') as { id: string };

describe('Glance operations', () => {
  it('finds by name, reactivates, removes a member and deletes', async () => {
    const scope = nock(HOST)
      .get('/v2/images')
      .query({ name: 'img', limit: '100' })
      .reply(200, { images: [loadFixture('image/images/get')] })
      .post('/v2/images/abc/actions/reactivate')
      .reply(204)
      .delete('/v2/images/abc/members/proj')
      .reply(204)
      .delete('/v2/images/abc')
      .reply(204);
    const c = glance();
    expect((await findImagesByName(c, 'img')).map((i) => i.status)).toEqual(['active']);
    await reactivateImage(c, 'abc');
    await removeImageMember(c, 'abc', 'proj');
    await deleteImage(c, 'abc');
    expect(scope.isDone()).toBe(true);
  });

  it('deletes the half-made image when the upload fails, and rethrows the upload’s error', async () => {
    const scope = nock(HOST)
      .post('/v2/images')
      .reply(201, created)
      .put(`/v2/images/${created.id}/file`)
      .reply(500, { message: 'store full' })
      .delete(`/v2/images/${created.id}`)
      .reply(204);
    const error: unknown = await createImageWithData(
      glance(),
      { name: 'x' },
      Readable.from([Buffer.from('data')]),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a download whose bytes do not match Glance’s Content-MD5', async () => {
    const scope = nock(HOST).get('/v2/images/abc/file').reply(200, Buffer.from('hello'), {
      'content-type': 'application/octet-stream',
      'content-md5': '00000000000000000000000000000000',
    });
    await expect(saveImageData(glance(), 'abc', join(dir, 'out.raw'))).rejects.toMatchObject({
      code: 'ERR_CHECKSUM_MISMATCH',
    });
    expect(scope.isDone()).toBe(true);
  });
});
