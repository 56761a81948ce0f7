import type { NodeImage } from '../../../compute/models/image.ts';
import type { QueryClient } from '../client/client.ts';
import { createImage, getImage } from './operations.ts';

/**
 * Creates an AMI from an instance (`CreateImage`), then describes it; when EC2 does not list it yet, answers
 * with the id and name alone.
 *
 * @param ec2 - The EC2 client.
 * @param instanceId - The instance.
 * @param name - The image name.
 * @param tags - Tags for the image.
 * @param signal - Aborts the requests.
 * @returns The new image.
 */
export async function createNodeImage(
  ec2: QueryClient,
  instanceId: string,
  name: string,
  tags: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<NodeImage<unknown>> {
  const id = await createImage(ec2, instanceId, name, tags, signal);
  return (await getImage(ec2, id, signal)) ?? { id, name, extra: {} };
}
