import type { NodeImage } from '../../../compute/models/image.ts';
import { NotFoundError } from '../../../errors/http-status-errors.ts';
import type { QueryClient } from '../client/client.ts';
import type { QueryParams } from '../client/query.ts';
import { itemsOf, requireText, tagsOf, textOf, type XmlNode } from '../client/xml.ts';
import { tagSpecification } from '../instances/operations.ts';

/** EC2's own fields of an image. */
export interface Ec2ImageExtra {
  /** `available`, `pending`, `failed`, … */
  readonly state: string | undefined;
  /** The owner account id. */
  readonly ownerId: string | undefined;
  /** `x86_64`, `arm64`. */
  readonly architecture: string | undefined;
  /** Whether it is public. */
  readonly isPublic: boolean;
  /** The description. */
  readonly description: string | undefined;
  /** Every tag. */
  readonly tags: Readonly<Record<string, string>>;
  /** The root device, e.g. `/dev/xvda` (where a bigger boot volume goes). */
  readonly rootDeviceName: string | undefined;
}

/**
 * Reads one `imagesSet` item.
 *
 * @param item - The item.
 * @param path - Where it is, for shape errors.
 * @returns The image.
 */
export function parseImage(item: XmlNode, path: string): NodeImage<Ec2ImageExtra> {
  const id = requireText(item, 'imageId', path);
  return {
    id,
    name: textOf(item, 'name') ?? id,
    extra: {
      state: textOf(item, 'imageState'),
      ownerId: textOf(item, 'imageOwnerId'),
      architecture: textOf(item, 'architecture'),
      isPublic: textOf(item, 'isPublic') === 'true',
      description: textOf(item, 'description'),
      tags: tagsOf(item),
      rootDeviceName: textOf(item, 'rootDeviceName'),
    },
  };
}

/** Filters of `DescribeImages` (`driver.ext.images.describe`). */
export interface DescribeImagesOptions {
  /** Owners: account ids, `self`, `amazon`. @defaultValue every image the caller may launch */
  readonly owners?: readonly string[] | undefined;
  /** Image ids. */
  readonly imageIds?: readonly string[] | undefined;
}

/**
 * Describes images (`DescribeImages`; EC2 answers with one page).
 *
 * @param client - The EC2 client.
 * @param options - Owners and ids.
 * @param signal - Aborts the request.
 * @returns The images.
 */
export async function describeImages(
  client: QueryClient,
  options: DescribeImagesOptions = {},
  signal?: AbortSignal,
): Promise<NodeImage<Ec2ImageExtra>[]> {
  const params: QueryParams = { Owner: options.owners, ImageId: options.imageIds };
  const answer = await client.call('DescribeImages', params, { idempotent: true, signal });
  return itemsOf(answer, 'imagesSet').map((item, i) => parseImage(item, `imagesSet[${i}]`));
}

/**
 * Fetches one image.
 *
 * @param client - The EC2 client.
 * @param id - The AMI id.
 * @param signal - Aborts the request.
 * @returns The image, or `undefined` when EC2 does not know it.
 */
export async function getImage(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<NodeImage<Ec2ImageExtra> | undefined> {
  try {
    return (await describeImages(client, { imageIds: [id] }, signal))[0];
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Creates an AMI from an instance (`CreateImage`).
 *
 * @param client - The EC2 client.
 * @param instanceId - The instance.
 * @param name - The image name.
 * @param tags - Tags for the image.
 * @param signal - Aborts the request.
 * @returns The new image's id.
 */
export async function createImage(
  client: QueryClient,
  instanceId: string,
  name: string,
  tags: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<string> {
  const params: QueryParams = {
    InstanceId: instanceId,
    Name: name,
    TagSpecification: tagSpecification(tags, 'image'),
  };
  return requireText(await client.call('CreateImage', params, { signal }), 'imageId', 'CreateImageResponse');
}

/**
 * Deregisters an AMI (`DeregisterImage`).
 *
 * @param client - The EC2 client.
 * @param id - The AMI id.
 * @param signal - Aborts the request.
 * @returns Once EC2 accepted it.
 */
export async function deregisterImage(client: QueryClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.call('DeregisterImage', { ImageId: id }, { idempotent: true, signal });
}
