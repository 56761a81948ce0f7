import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenStackSession } from '../../../src/auth/session.ts';
import {
  createImageWithData,
  downloadImageData,
  saveImageData,
} from '../../../src/drivers/openstack/image/image-data/index.ts';
import {
  deactivateImage,
  deleteImage,
  findImagesByName,
  getImage,
  reactivateImage,
  updateImage,
} from '../../../src/drivers/openstack/image/images/index.ts';
import {
  addImageMember,
  listImageMembers,
  removeImageMember,
} from '../../../src/drivers/openstack/image/members/index.ts';
import type { ServiceClient } from '../../../src/drivers/openstack/service-client.ts';
import { ForbiddenError } from '../../../src/errors/http-status-errors.ts';
import { CLOUD_NAMES, onCleanup, uniqueName } from '../helpers/cloud.ts';
import { serviceClient } from '../helpers/session.ts';
import { openStreamingSession as openSession } from '../network/session.ts';

const SIZE = 8 * 1024 * 1024 + 123;
const dir = mkdtempSync(join(tmpdir(), 'stratus-live-image-'));
let session: OpenStackSession;
let glance: ServiceClient;

async function sha256(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

beforeAll(async () => {
  session = openSession();
  glance = await serviceClient(session, 'image', 'Glance');
});
afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('image (Glance) on the local cloud', () => {
  it('uploads a file as a stream and downloads the same bytes back, streamed', async () => {
    const source = join(dir, 'disk.raw');
    writeFileSync(source, randomBytes(SIZE));
    const name = uniqueName('image');
    const progress: number[] = [];
    const image = await createImageWithData(glance, { name, tags: ['live'] }, source, {
      onProgress: (p) => progress.push(p.bytes),
    });
    onCleanup(() => deleteImage(glance, image.id), `image ${name}`);
    expect(image).toMatchObject({ status: 'active', sizeBytes: SIZE });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(SIZE);
    const expected = await sha256(createReadStream(source));
    const download = await downloadImageData(glance, image.id);
    expect(download.sizeBytes).toBe(SIZE);
    expect(await sha256(download.stream)).toBe(expected);
    const copy = join(dir, 'copy.raw');
    expect(await saveImageData(glance, image.id, copy)).toBe(SIZE);
    expect(await sha256(createReadStream(copy))).toBe(expected);
  });

  it('streams a 256 MiB image up and down without holding it in memory', async () => {
    const size = 256 * 1024 * 1024;
    const source = join(dir, 'big.raw');
    const fd = openSync(source, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 7);
    for (let written = 0; written < size; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    try {
      const name = uniqueName('image-big');
      const image = await createImageWithData(glance, { name }, source);
      onCleanup(() => deleteImage(glance, image.id), `image ${name}`);
      expect(await saveImageData(glance, image.id, join(dir, 'big-copy.raw'))).toBe(size);
    } finally {
      clearInterval(sampler);
      rmSync(source, { force: true });
      rmSync(join(dir, 'big-copy.raw'), { force: true });
    }
    expect(peak - base).toBeLessThan(size / 2);
  });

  it('updates, finds, deactivates, reactivates and shares an image', async () => {
    const name = uniqueName('image');
    const small = join(dir, 'small.raw');
    writeFileSync(small, randomBytes(4096));
    const image = await createImageWithData(glance, { name, visibility: 'shared' }, small);
    onCleanup(() => deleteImage(glance, image.id), `image ${name}`);
    const updated = await updateImage(glance, image.id, {
      tags: ['x', 'y'],
      properties: { os_distro: 'cirros' },
    });
    expect(updated.tags).toEqual(expect.arrayContaining(['x', 'y']));
    expect(updated.properties.os_distro).toBe('cirros');
    expect((await findImagesByName(glance, name)).map((i) => i.id)).toEqual([image.id]);
    await deactivateImage(glance, image.id);
    expect((await getImage(glance, image.id)).status).toBe('deactivated');
    await expect(downloadImageData(glance, image.id)).rejects.toBeInstanceOf(ForbiddenError);
    await reactivateImage(glance, image.id);
    expect((await getImage(glance, image.id)).status).toBe('active');
    const admin = openSession(CLOUD_NAMES.admin);
    onCleanup(() => admin.close(), 'admin session');
    const info = await admin.authenticate();
    const project = info.scope.kind === 'project' ? info.scope.project.id : undefined;
    if (project === undefined) throw new Error('the admin cloud has no project scope');
    expect((await addImageMember(glance, image.id, project)).status).toBe('pending');
    expect((await listImageMembers(glance, image.id)).map((m) => m.memberId)).toEqual([project]);
    await removeImageMember(glance, image.id, project);
    expect(await listImageMembers(glance, image.id)).toEqual([]);
  });
});
