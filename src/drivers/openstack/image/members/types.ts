/** The states of an image membership. */
export const ImageMemberStatus = {
  PENDING: 'pending',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
} as const;

/** One of {@link "drivers/openstack/image"!ImageMemberStatus}. */
export type ImageMemberStatus = (typeof ImageMemberStatus)[keyof typeof ImageMemberStatus];

/** A project an image is shared with. */
export interface ImageMember {
  /** The image UUID. */
  readonly imageId: string;
  /** The project the image is shared with. */
  readonly memberId: string;
  /** `pending` until the member accepts or rejects. */
  readonly status: string;
  /** ISO 8601 creation time. */
  readonly createdAt: string | undefined;
  /** ISO 8601 update time. */
  readonly updatedAt: string | undefined;
}
