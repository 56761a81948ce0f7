import type { CreateStoredImageOptions, ImageDataSource, StoredImage } from '../models/stored-image.ts';

/** Images with their upload status and streamed upload (`driver.imageStore` with {@link Capability.IMAGE_UPLOAD}). */
export interface ImageUploadService {
  /** @param signal - Aborts the walk. @returns Every image visible to the caller, lazily. */
  listImages(signal?: AbortSignal): AsyncIterable<StoredImage>;
  /** @param id - The id. @param signal - Aborts. @returns The image, or `undefined`. */
  getImage(id: string, signal?: AbortSignal): Promise<StoredImage | undefined>;
  /** @param options - Name, formats, properties. @param signal - Aborts. @returns The new (empty) image. */
  createImage(options: CreateStoredImageOptions, signal?: AbortSignal): Promise<StoredImage>;
  /**
   * Streams the image data (never buffered whole in memory).
   * @param id - The image.
   * @param data - A file path or a byte stream.
   * @param signal - Aborts the upload.
   * @returns Once the provider stored the data.
   */
  uploadImageData(id: string, data: ImageDataSource, signal?: AbortSignal): Promise<void>;
  /** @param id - The id. @param signal - Aborts. @returns Once deleted. */
  deleteImage(id: string, signal?: AbortSignal): Promise<void>;
}
