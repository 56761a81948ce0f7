import { ReferencedObjectNotFoundError } from '../document/resolver.ts';
import type { CpiCallOptions, CpiContext, DeleteOutcome } from './context.ts';
import { CpiError } from './cpi-error.ts';
import { requireExtras } from './vm-actions.ts';

/** A light stemcell's id: the existing image's id with this suffix, so `deleteStemcell` knows to keep it. */
export const LIGHT_SUFFIX = ' light';

/** What `createStemcell` takes (BOSH `create_stemcell`). */
export type CreateStemcellOptions =
  | {
      /** A heavy stemcell: the image bytes are uploaded, streamed. */
      readonly kind: 'upload';
      /** The image name. */
      readonly name: string;
      /** The image bytes (a Node `Readable` works). */
      readonly data: AsyncIterable<Uint8Array>;
      /** @defaultValue `qcow2` */
      readonly diskFormat?: string | undefined;
      /** @defaultValue `bare` */
      readonly containerFormat?: string | undefined;
      /** Image properties (BOSH sends the stemcell's OS and version). */
      readonly properties?: Readonly<Record<string, string>> | undefined;
    }
  | {
      /** A light stemcell: it names an image that already exists; nothing is uploaded. */
      readonly kind: 'light';
      /** The existing image's id. */
      readonly imageId: string;
    };

/**
 * Makes a stemcell: uploads the image (heavy) or checks that the named image exists (light).
 *
 * @param context - The facade's context.
 * @param options - Heavy or light.
 * @param call - The signal (uploads have no deadline; abort them with the signal).
 * @returns The stemcell id (a light one ends in `" light"`).
 * @throws {@link CpiError} when the upload fails or a light stemcell's image is missing.
 */
export async function createStemcell(
  context: CpiContext,
  options: CreateStemcellOptions,
  call: CpiCallOptions = {},
): Promise<{ readonly stemcellId: string }> {
  const extras = requireExtras(context, 'create_stemcell');
  try {
    if (options.kind === 'light') {
      const image = await extras.getImage(options.imageId, call.signal);
      if (image === undefined) throw new ReferencedObjectNotFoundError('image', options.imageId);
      return { stemcellId: `${image.id}${LIGHT_SUFFIX}` };
    }
    const image = await extras.uploadImage(
      {
        name: options.name,
        diskFormat: options.diskFormat ?? 'qcow2',
        containerFormat: options.containerFormat ?? 'bare',
        data: options.data,
        properties: options.properties ?? {},
      },
      call.signal,
    );
    return { stemcellId: image.id };
  } catch (error) {
    throw new CpiError('create_stemcell', error, { retrySafe: true, cleanedUp: [] });
  }
}

/**
 * Deletes a stemcell's image (BOSH `delete_stemcell`); a light stemcell's image is left alone, and an absent
 * image counts as done.
 *
 * @param context - The facade's context.
 * @param stemcellId - What `createStemcell` returned.
 * @param call - The signal.
 * @returns Whether an image was deleted now.
 * @throws {@link CpiError} when the delete fails.
 */
export async function deleteStemcell(
  context: CpiContext,
  stemcellId: string,
  call: CpiCallOptions = {},
): Promise<DeleteOutcome> {
  if (stemcellId.endsWith(LIGHT_SUFFIX)) return { id: stemcellId, deleted: false };
  const extras = requireExtras(context, 'delete_stemcell');
  try {
    if ((await extras.getImage(stemcellId, call.signal)) === undefined)
      return { id: stemcellId, deleted: false };
    await extras.deleteImage(stemcellId, call.signal);
    return { id: stemcellId, deleted: true };
  } catch (error) {
    throw new CpiError('delete_stemcell', error, { retrySafe: true, cleanedUp: [] });
  }
}
