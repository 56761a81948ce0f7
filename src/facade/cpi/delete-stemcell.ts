import { Capability } from '../../compute/index.ts';
import { type FacadeContext, need } from '../context.ts';
import type { DeleteOutcome } from '../types.ts';
import { LIGHT_SUFFIX } from './create-stemcell.ts';

/**
 * BOSH `delete_stemcell`: deletes the image. A light stemcell never deletes the image it references (it is
 * reported `absent`: nothing of ours to delete); an image that does not exist counts as done.
 *
 * @param ctx - The facade context.
 * @param stemcellId - The stemcell id from `createStemcell`.
 * @param signal - Aborts the requests.
 * @returns `deleted` or `absent`.
 */
export async function deleteStemcell(
  ctx: FacadeContext,
  stemcellId: string,
  signal?: AbortSignal,
): Promise<DeleteOutcome> {
  if (stemcellId.endsWith(LIGHT_SUFFIX)) return { outcome: 'absent', id: stemcellId };
  const images = need(ctx.driver, Capability.IMAGE_UPLOAD, 'deleteStemcell').imageUpload;
  if ((await images.getImage(stemcellId, signal)) === undefined) return { outcome: 'absent', id: stemcellId };
  await images.deleteImage(stemcellId, signal);
  return { outcome: 'deleted', id: stemcellId };
}
