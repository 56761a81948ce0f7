import { Readable } from 'node:stream';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { downloadImageData, uploadImageData } from '../../../src/drivers/openstack/image/image-data/index.ts';
import {
  createImage,
  deactivateImage,
  getImage,
  listImages,
  updateImage,
} from '../../../src/drivers/openstack/image/images/index.ts';
import {
  addImageMember,
  listImageMembers,
  updateImageMember,
} from '../../../src/drivers/openstack/image/members/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { collect, serviceClient } from '../network/harness.ts';

const HOST = 'https://glance.example.com:9292';
const glance = (endpoint = HOST) => serviceClient('image', 'Glance', endpoint);

describe('images', () => {
  it('follows Glance’s root-relative next link across pages, keeping an endpoint path prefix', async () => {
    const page1 = loadFixture('image/images/list.page1') as { next: string };
    const page2 = loadFixture('image/images/list.page2') as { next: string };
    const marker = (next: string) => new URL(next, HOST).searchParams.get('marker') ?? '';
    const scope = nock(HOST)
      .get('/image/v2/images')
      .query({ limit: '1' })
      .reply(200, page1)
      .get('/image/v2/images')
      .query({ limit: '1', marker: marker(page1.next) })
      .reply(200, page2)
      .get('/image/v2/images')
      .query({ limit: '1', marker: marker(page2.next) })
      .reply(200, { images: [], first: '/v2/images?limit=1', schema: '/v2/schemas/images' });
    const images = await collect(listImages(glance(`${HOST}/image`), { pageSize: 1 }));
    expect(images).toHaveLength(2);
    expect(images[0]?.properties).toMatchObject({ os_distro: 'cirros', foo: 'bar' });
    expect(scope.isDone()).toBe(true);
  });

  it('stops with ERR_PAGINATION_LOOP on a next link to the same page', async () => {
    const page = { ...(loadFixture('image/images/list.page1') as object), next: '/v2/images?limit=1' };
    const scope = nock(HOST).get('/v2/images').query({ limit: '1' }).reply(200, page);
    await expect(collect(listImages(glance(), { pageSize: 1 }))).rejects.toMatchObject({
      code: 'ERR_PAGINATION_LOOP',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('creates, gets and updates with a JSON patch in Glance’s media type (recorded)', async () => {
    const scope = nock(HOST)
      .post('/v2/images', {
        os_distro: 'cirros',
        name: 'img',
        disk_format: 'raw',
        container_format: 'bare',
        tags: ['a'],
      })
      .reply(201, loadFixture('image/images/create'))
      .get('/v2/images/abc')
      .reply(200, loadFixture('image/images/get'))
      .patch('/v2/images/abc', [
        { op: 'replace', path: '/name', value: 'img2' },
        { op: 'add', path: '/foo', value: 'bar' },
        { op: 'remove', path: '/old' },
      ])
      .matchHeader('content-type', 'application/openstack-images-v2.1-json-patch')
      .reply(200, loadFixture('image/images/update'));
    const client = glance();
    const created = await createImage(client, {
      name: 'img',
      tags: ['a'],
      properties: { os_distro: 'cirros' },
    });
    expect(created).toMatchObject({ status: 'queued', sizeBytes: undefined, tags: ['a'] });
    const image = await getImage(client, 'abc');
    expect(image).toMatchObject({ status: 'active', sizeBytes: 4096, hashAlgorithm: 'sha512' });
    const updated = await updateImage(client, 'abc', {
      name: 'img2',
      properties: { foo: 'bar' },
      removeProperties: ['old'],
    });
    expect(updated.properties.foo).toBe('bar');
    expect(scope.isDone()).toBe(true);
  });

  it('uploads a stream chunk by chunk and reports progress', async () => {
    const chunks = [Buffer.alloc(1000, 'a'), Buffer.alloc(24, 'b')];
    let received = '';
    const scope = nock(HOST)
      .put('/v2/images/abc/file', (body: string) => {
        received = body;
        return true;
      })
      .matchHeader('content-type', 'application/octet-stream')
      .reply(204);
    const seen: number[] = [];
    await uploadImageData(glance(), 'abc', Readable.from(chunks), {
      sizeBytes: 1024,
      onProgress: (p) => seen.push(p.bytes),
    });
    expect(seen).toEqual([1000, 1024]);
    expect(received).toBe(Buffer.concat(chunks).toString());
    expect(scope.isDone()).toBe(true);
  });

  it('downloads as an unread stream with size and MD5', async () => {
    const data = Buffer.alloc(4096, 7);
    const scope = nock(HOST).get('/v2/images/abc/file').reply(200, data, {
      'content-type': 'application/octet-stream',
      'content-length': '4096',
      'content-md5': 'abc123',
    });
    const download = await downloadImageData(glance(), 'abc');
    expect(download.sizeBytes).toBe(4096);
    expect(download.md5).toBe('abc123');
    const parts: Buffer[] = [];
    for await (const chunk of download.stream) parts.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('deactivates and shares with a project that accepts', async () => {
    const member = loadFixture('image/members/add');
    const scope = nock(HOST)
      .post('/v2/images/abc/actions/deactivate')
      .reply(204)
      .post('/v2/images/abc/members', { member: 'proj' })
      .reply(200, member)
      .get('/v2/images/abc/members')
      .reply(200, loadFixture('image/members/list'))
      .put('/v2/images/abc/members/proj', { status: 'accepted' })
      .reply(200, { ...(member as object), status: 'accepted' });
    const client = glance();
    await deactivateImage(client, 'abc');
    expect((await addImageMember(client, 'abc', 'proj')).status).toBe('pending');
    expect((await listImageMembers(client, 'abc')).map((m) => m.status)).toEqual(['pending']);
    expect((await updateImageMember(client, 'abc', 'proj', 'accepted')).status).toBe('accepted');
    expect(scope.isDone()).toBe(true);
  });
});
