import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CloudError } from '../../../../errors/cloud-error.ts';
import type { ServiceClient } from '../../service-client.ts';
import { glanceV2 } from '../endpoint.ts';
import { createImage, deleteImage, getImage } from '../images/operations.ts';
import type { CreateImageOptions, Image } from '../images/types.ts';
import { buildDownloadImageDataRequest, buildUploadImageDataRequest } from './requests.ts';
import type {
  ImageDataSource,
  ImageDownload,
  SaveImageDataOptions,
  TransferProgress,
  UploadImageDataOptions,
} from './types.ts';

/**
 * Uploads an image's data as a stream: the file or stream is never held in memory as a whole.
 *
 * @param client - The image service.
 * @param id - The image UUID (status `queued`).
 * @param source - A file path or a byte stream.
 * @param options - Progress callback and the total size of a stream.
 * @param signal - Aborts the upload.
 * @returns Nothing once Glance stored the data.
 * @throws {@link "index"!ConflictError} when the image already has data; {@link "index"!HttpError} for other failures.
 * @example
 * ```ts
 * await uploadImageData(glance, image.id, './disk.raw', { onProgress: (p) => console.log(p.bytes) });
 * ```
 */
export async function uploadImageData(
  client: ServiceClient,
  id: string,
  source: ImageDataSource,
  options: UploadImageDataOptions = {},
  signal?: AbortSignal,
): Promise<void> {
  const totalBytes = typeof source === 'string' ? (await stat(source)).size : options.sizeBytes;
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const body = options.onProgress ? counted(stream, totalBytes, options.onProgress) : stream;
  await glanceV2(client).request(buildUploadImageDataRequest(id, readOnce(body, id)), signal);
}

/**
 * A stream can be read once: should anything try to send the body a second time (a retry), it fails loudly
 * instead of uploading an empty or partial image.
 */
function readOnce(source: AsyncIterable<Uint8Array>, id: string): AsyncIterable<Uint8Array> {
  let used = false;
  return {
    [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
      if (used) {
        throw new CloudError(
          `The data of image ${id} was already sent once and a stream cannot be replayed; upload it again`,
          'ERR_STREAM_REPLAY',
        );
      }
      used = true;
      return source[Symbol.asyncIterator]();
    },
  };
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  totalBytes: number | undefined,
  onProgress: (progress: TransferProgress) => void,
): AsyncGenerator<Uint8Array, void, undefined> {
  let bytes = 0;
  for await (const chunk of source) {
    yield chunk;
    bytes += chunk.byteLength;
    onProgress({ bytes, totalBytes });
  }
}

/**
 * Opens an image's data as a stream.
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param signal - Aborts the download.
 * @returns The unread stream with its size and MD5 (an empty stream when the image has no data).
 * @throws {@link "index"!NotFoundError} when there is no such image; {@link "index"!ForbiddenError} when it is deactivated.
 */
export async function downloadImageData(
  client: ServiceClient,
  id: string,
  signal?: AbortSignal,
): Promise<ImageDownload> {
  const response = await glanceV2(client).request(buildDownloadImageDataRequest(id), signal);
  const length = response.headers['content-length'];
  return {
    stream: response.stream ?? Readable.from([]),
    sizeBytes: length === undefined ? undefined : Number(length),
    md5: response.headers['content-md5'],
  };
}

/**
 * Streams an image's data to a file and checks it against Glance's `Content-MD5`.
 *
 * @param client - The image service.
 * @param id - The image UUID.
 * @param file - The destination path (overwritten).
 * @param options - Progress callback.
 * @param signal - Aborts the download.
 * @returns The number of bytes written.
 * @throws {@link "index"!CloudError} `ERR_CHECKSUM_MISMATCH` when the bytes do not match the checksum Glance sent.
 */
export async function saveImageData(
  client: ServiceClient,
  id: string,
  file: string,
  options: SaveImageDataOptions = {},
  signal?: AbortSignal,
): Promise<number> {
  const download = await downloadImageData(client, id, signal);
  const md5 = createHash('md5');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      md5.update(chunk);
      bytes += chunk.byteLength;
      options.onProgress?.({ bytes, totalBytes: download.sizeBytes });
      callback(null, chunk);
    },
  });
  await pipeline(download.stream, meter, createWriteStream(file), signal ? { signal } : {});
  const actual = md5.digest('hex');
  if (download.md5 !== undefined && download.md5 !== actual) {
    throw new CloudError(
      `Image ${id} downloaded to ${file} has MD5 ${actual} but Glance sent ${download.md5}; download it again`,
      'ERR_CHECKSUM_MISMATCH',
    );
  }
  return bytes;
}

/**
 * Creates an image and uploads its data; if the upload fails the half-made image is deleted.
 *
 * @param client - The image service.
 * @param options - The image record.
 * @param source - A file path or a byte stream.
 * @param upload - Progress callback and stream size.
 * @param signal - Aborts both steps.
 * @returns The image as Glance reports it after the upload (normally `active`).
 * @throws The upload's error, after the image record was removed.
 */
export async function createImageWithData(
  client: ServiceClient,
  options: CreateImageOptions,
  source: ImageDataSource,
  upload: UploadImageDataOptions = {},
  signal?: AbortSignal,
): Promise<Image> {
  const image = await createImage(client, options, signal);
  try {
    await uploadImageData(client, image.id, source, upload, signal);
  } catch (error) {
    await deleteImage(client, image.id).catch(() => undefined);
    throw error;
  }
  return getImage(client, image.id, signal);
}
