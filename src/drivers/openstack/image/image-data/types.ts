import type { Readable } from 'node:stream';

/** Image data to upload: a file path, or any stream of bytes (a `Readable` is one). */
export type ImageDataSource = string | AsyncIterable<Uint8Array>;

/** Progress of an upload or a download. */
export interface TransferProgress {
  /** Bytes moved so far. */
  readonly bytes: number;
  /** The total, when known (a file's size or the response's `Content-Length`). */
  readonly totalBytes: number | undefined;
}

/** Options of {@link "drivers/openstack/image"!uploadImageData}. */
export interface UploadImageDataOptions {
  /** Called after each chunk is handed to the socket. */
  readonly onProgress?: ((progress: TransferProgress) => void) | undefined;
  /** The total size for progress reports when the source is a stream. */
  readonly sizeBytes?: number | undefined;
}

/** An image's data as an unread stream. */
export interface ImageDownload {
  /** The bytes; consume or destroy it. */
  readonly stream: Readable;
  /** `Content-Length`, when sent. */
  readonly sizeBytes: number | undefined;
  /** The hex MD5 from `Content-MD5`, when sent. */
  readonly md5: string | undefined;
}

/** Options of {@link "drivers/openstack/image"!saveImageData}. */
export interface SaveImageDataOptions {
  /** Called after each chunk is written. */
  readonly onProgress?: ((progress: TransferProgress) => void) | undefined;
}
