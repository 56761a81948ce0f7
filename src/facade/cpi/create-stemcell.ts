import { Capability, type ImageDataSource, type StoredImage } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import { FacadeOperationError } from '../failure/facade-error.ts';
import { FailureCode } from '../failure/failure-code.ts';
import { find } from '../find.ts';
import type { WaitControl } from '../types.ts';
import { createFailed } from './cleanup.ts';
import { statusCheck, waitFor } from './wait.ts';

/** The suffix of a light stemcell id: the image is referenced, never uploaded or deleted. */
export const LIGHT_SUFFIX = ' light';

/** The arguments of `createStemcell` (BOSH `create_stemcell`). */
export type CreateStemcellOptions = WaitControl &
  (
    | {
        /** The image name. */
        readonly name: string;
        /** The image data: a file path or a byte stream (streamed, never buffered whole). */
        readonly data: ImageDataSource;
        /** @defaultValue `'qcow2'` */
        readonly diskFormat?: string | undefined;
        /** @defaultValue `'bare'` */
        readonly containerFormat?: string | undefined;
        /** Image properties (stemcell metadata). */
        readonly properties?: Readonly<Record<string, string>> | undefined;
      }
    | {
        /** A light stemcell: the name or id of an image that already exists. */
        readonly lightImage: string;
      }
  );

/**
 * BOSH `create_stemcell`: uploads an image (streamed) and waits until it is active, or — for a light
 * stemcell — checks that the referenced image exists and is active. A failed upload deletes the image.
 *
 * @param ctx - The facade context.
 * @param options - Name and data, or a light image reference; deadline and signal.
 * @returns The stemcell id: the image id, or `<image id> light` for a light stemcell.
 * @throws {@link FacadeOperationError} RESOURCE_NOT_FOUND for a missing light image; otherwise with
 *   `failureCode` and `retrySafe`.
 */
export async function createStemcell(
  ctx: FacadeContext,
  options: CreateStemcellOptions,
): Promise<{ readonly stemcellId: string }> {
  const images = need(ctx.driver, Capability.IMAGE_UPLOAD, 'createStemcell').imageUpload;
  if ('lightImage' in options) {
    // The one find rule: a name or an id (several images of that name → AmbiguousResourceError).
    const image = await find(ctx, 'image', options.lightImage, options.signal);
    if (image === undefined || image.status !== 'active') {
      throw new FacadeOperationError(
        `The light stemcell's image ${options.lightImage} ${image === undefined ? 'does not exist' : `is ${image.status}, not active`}`,
        'ERR_REFERENCE_NOT_FOUND',
        { failureCode: FailureCode.RESOURCE_NOT_FOUND, retrySafe: true },
      );
    }
    return { stemcellId: `${image.id}${LIGHT_SUFFIX}` };
  }
  let imageId: string | undefined;
  try {
    const image = await images.createImage(
      {
        name: options.name,
        diskFormat: options.diskFormat,
        containerFormat: options.containerFormat,
        properties: options.properties,
      },
      options.signal,
    );
    imageId = image.id;
    await images.uploadImageData(image.id, options.data, options.signal);
    const id = image.id;
    await waitFor<StoredImage>(
      ctx,
      {
        description: `image ${id} to be active`,
        resourceId: id,
        fetch: (s) => images.getImage(id, s),
        check: statusCheck('active', (i: StoredImage) => (i.status === 'killed' ? 'error_killed' : i.status)),
        status: (i) => i?.status ?? 'deleted',
      },
      options,
    );
    return { stemcellId: id };
  } catch (error) {
    const left: string[] = [];
    if (imageId !== undefined) await images.deleteImage(imageId).catch(() => left.push(imageId ?? ''));
    throw createFailed(`stemcell ${options.name}`, error, left);
  }
}
