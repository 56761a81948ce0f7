import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { glanceNext, glanceV2 } from '../../../src/drivers/openstack/image/endpoint.ts';
import { uploadImageData } from '../../../src/drivers/openstack/image/image-data/index.ts';
import {
  buildCreateImageRequest,
  buildListImagesRequest,
  buildUpdateImageRequest,
  imagePatch,
  parseImage,
} from '../../../src/drivers/openstack/image/images/index.ts';
import type { ServiceClient, ServiceRequest } from '../../../src/drivers/openstack/service-client.ts';
import { ResponseShapeError } from '../../../src/errors/response-shape-error.ts';
import type { HttpResponse } from '../../../src/transport/types.ts';
import { loadFixture } from '../../helpers/fixtures.ts';

function fakeClient(endpoint: string, seen: ServiceRequest[]): ServiceClient {
  return {
    serviceType: 'image',
    name: 'Glance',
    endpoint,
    request: (request) => {
      seen.push(request);
      return Promise.resolve({ status: 200, headers: {}, body: {}, url: endpoint });
    },
  };
}

describe('image request builders', () => {
  it('lists with an explicit page size and repeated tag filters', () => {
    const request = buildListImagesRequest({ tags: ['a', 'b'], status: 'active' });
    expect(request).toMatchObject({ method: 'GET', path: 'images', expect: [200] });
    expect(request.query).toMatchObject({ limit: 100, tag: ['a', 'b'], status: 'active' });
  });

  it('creates with raw/bare defaults and custom properties at the top level', () => {
    const request = buildCreateImageRequest({ name: 'x', properties: { hw_disk_bus: 'scsi' }, minDiskGb: 1 });
    expect(request.json).toEqual({
      hw_disk_bus: 'scsi',
      name: 'x',
      disk_format: 'raw',
      container_format: 'bare',
      min_disk: 1,
    });
    expect(request.expect).toEqual([201]);
  });

  it('turns an update into JSON patch operations, escaping JSON pointer characters', () => {
    expect(imagePatch({ tags: ['t'], properties: { 'a/b~c': 'v' }, removeProperties: ['gone'] })).toEqual([
      { op: 'replace', path: '/tags', value: ['t'] },
      { op: 'add', path: '/a~1b~0c', value: 'v' },
      { op: 'remove', path: '/gone' },
    ]);
    const request = buildUpdateImageRequest('id', { visibility: 'shared' });
    expect(request.headers).toEqual({ 'content-type': 'application/openstack-images-v2.1-json-patch' });
    expect(request.body).toBe('[{"op":"replace","path":"/visibility","value":"shared"}]');
  });
});

describe('image parsing', () => {
  it('splits core fields from custom properties (recorded)', () => {
    const image = parseImage(loadFixture('image/images/update'));
    expect(image).toMatchObject({ status: 'active', sizeBytes: 4096, protected: false, tags: ['a'] });
    expect(image.properties).toMatchObject({ os_distro: 'cirros', foo: 'bar' });
    expect(image.properties).not.toHaveProperty('self');
    expect(image.properties).not.toHaveProperty('name');
  });

  it('names the JSON path of a bad field', () => {
    const raw = { ...(loadFixture('image/images/get') as object), size: 'big' };
    expect(() => parseImage(raw, '$.images[3]')).toThrow(ResponseShapeError);
    expect(() => parseImage(raw, '$.images[3]')).toThrow('$.images[3].size');
  });
});

describe('Glance endpoint handling', () => {
  it('adds /v2 to an unversioned endpoint and leaves absolute URLs alone', async () => {
    const seen: ServiceRequest[] = [];
    const client = glanceV2(fakeClient('http://h:9292', seen));
    expect(client.endpoint).toBe('http://h:9292/v2');
    await client.request({ method: 'GET', path: 'images' });
    await client.request({ method: 'GET', path: 'http://h:9292/v2/images?marker=x' });
    expect(seen.map((r) => r.path)).toEqual(['v2/images', 'http://h:9292/v2/images?marker=x']);
    expect(glanceV2(fakeClient('http://h/image/v2', seen)).endpoint).toBe('http://h/image/v2');
  });

  it('joins the root-relative next link to the endpoint root, prefix included', () => {
    const response = (next: unknown): HttpResponse => ({
      status: 200,
      headers: {},
      body: { images: [], next },
      url: '',
    });
    const client = glanceV2(fakeClient('http://h/image', []));
    expect(glanceNext(response('/v2/images?marker=m'), client)).toBe('http://h/image/v2/images?marker=m');
    expect(glanceNext(response(undefined), client)).toBeUndefined();
  });
});

describe('image upload body', () => {
  it('can be read once: a second read (a retry) fails instead of sending an empty image', async () => {
    const bodies: AsyncIterable<Uint8Array>[] = [];
    const client: ServiceClient = {
      serviceType: 'image',
      name: 'Glance',
      endpoint: 'http://h:9292/v2',
      request: (request) => {
        if (
          request.body !== undefined &&
          typeof request.body === 'object' &&
          Symbol.asyncIterator in request.body
        ) {
          bodies.push(request.body);
        }
        return Promise.resolve({ status: 204, headers: {}, body: undefined, url: 'http://h:9292/v2' });
      },
    };
    await uploadImageData(client, 'img', Readable.from([Buffer.from('abc')]));
    const [body] = bodies;
    if (body === undefined) throw new Error('no streamed body was sent');
    const first: Uint8Array[] = [];
    for await (const chunk of body) first.push(chunk);
    expect(Buffer.concat(first).toString()).toBe('abc');
    expect(() => body[Symbol.asyncIterator]()).toThrow(/cannot be replayed/);
  });
});
