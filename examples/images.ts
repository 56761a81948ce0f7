// Upload an image from a file as a stream (with progress), download it back as a stream, and delete it.
//   OS_CLOUD=mycloud node --conditions=source examples/images.ts [file]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, fromCloudsYaml } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';

const dir = mkdtempSync(join(tmpdir(), 'stratus-example-'));
const file = process.argv[2] ?? join(dir, 'disk.raw');
if (process.argv[2] === undefined) writeFileSync(file, randomBytes(2 * 1024 * 1024));
const driver = new OpenStackNodeDriver({
  session: createSession(await fromCloudsYaml(undefined, { env: process.env })),
});
const glance = driver.ext.image;
try {
  const image = await glance.createImageWithData(
    { name: `stratus-example-${process.pid}`, tags: ['example'] },
    file,
    {
      onProgress: (p) => process.stdout.write(`\r  uploaded ${p.bytes} of ${p.totalBytes} bytes`),
    },
  );
  console.log(`\nimage ${image.name}: ${image.status}, ${image.sizeBytes} bytes, md5 ${image.checksum}`);
  try {
    const copy = join(dir, 'copy.raw');
    const bytes = await glance.saveImageData(image.id, copy);
    console.log(
      `downloaded ${bytes} bytes (checked against Glance's MD5), same size: ${statSync(copy).size === statSync(file).size}`,
    );
  } finally {
    await glance.deleteImage(image.id);
    console.log(`image ${image.name} deleted`);
  }
} finally {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
}
