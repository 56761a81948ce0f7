import { bindCall, bindList, type ServiceBound, type ServiceResolver } from '../bind.ts';
import {
  createImageWithData,
  downloadImageData,
  saveImageData,
  uploadImageData,
} from './image-data/operations.ts';
import {
  createImage,
  deactivateImage,
  deleteImage,
  findImagesByName,
  getImage,
  listImages,
  reactivateImage,
  updateImage,
} from './images/operations.ts';
import {
  addImageMember,
  listImageMembers,
  removeImageMember,
  updateImageMember,
} from './members/operations.ts';

/**
 * Glance through the driver: `driver.ext.image.*`, every image operation bound to the driver's image client.
 */
export interface ImageExtension {
  /** {@inheritDoc "drivers/openstack/image"!listImages} */
  readonly listImages: ServiceBound<typeof listImages>;
  /** {@inheritDoc "drivers/openstack/image"!getImage} */
  readonly getImage: ServiceBound<typeof getImage>;
  /** {@inheritDoc "drivers/openstack/image"!findImagesByName} */
  readonly findImagesByName: ServiceBound<typeof findImagesByName>;
  /** {@inheritDoc "drivers/openstack/image"!createImage} */
  readonly createImage: ServiceBound<typeof createImage>;
  /** {@inheritDoc "drivers/openstack/image"!updateImage} */
  readonly updateImage: ServiceBound<typeof updateImage>;
  /** {@inheritDoc "drivers/openstack/image"!deleteImage} */
  readonly deleteImage: ServiceBound<typeof deleteImage>;
  /** {@inheritDoc "drivers/openstack/image"!deactivateImage} */
  readonly deactivateImage: ServiceBound<typeof deactivateImage>;
  /** {@inheritDoc "drivers/openstack/image"!reactivateImage} */
  readonly reactivateImage: ServiceBound<typeof reactivateImage>;
  /** {@inheritDoc "drivers/openstack/image"!createImageWithData} */
  readonly createImageWithData: ServiceBound<typeof createImageWithData>;
  /** {@inheritDoc "drivers/openstack/image"!uploadImageData} */
  readonly uploadImageData: ServiceBound<typeof uploadImageData>;
  /** {@inheritDoc "drivers/openstack/image"!downloadImageData} */
  readonly downloadImageData: ServiceBound<typeof downloadImageData>;
  /** {@inheritDoc "drivers/openstack/image"!saveImageData} */
  readonly saveImageData: ServiceBound<typeof saveImageData>;
  /** {@inheritDoc "drivers/openstack/image"!listImageMembers} */
  readonly listImageMembers: ServiceBound<typeof listImageMembers>;
  /** {@inheritDoc "drivers/openstack/image"!addImageMember} */
  readonly addImageMember: ServiceBound<typeof addImageMember>;
  /** {@inheritDoc "drivers/openstack/image"!updateImageMember} */
  readonly updateImageMember: ServiceBound<typeof updateImageMember>;
  /** {@inheritDoc "drivers/openstack/image"!removeImageMember} */
  readonly removeImageMember: ServiceBound<typeof removeImageMember>;
}

/**
 * Builds the namespace over one lazily resolved service client.
 *
 * @param service - Resolves the client (once per driver).
 * @returns The bound operations.
 */
export function createImageExtension(service: ServiceResolver): ImageExtension {
  return Object.freeze({
    listImages: bindList(service, listImages),
    getImage: bindCall(service, getImage),
    findImagesByName: bindCall(service, findImagesByName),
    createImage: bindCall(service, createImage),
    updateImage: bindCall(service, updateImage),
    deleteImage: bindCall(service, deleteImage),
    deactivateImage: bindCall(service, deactivateImage),
    reactivateImage: bindCall(service, reactivateImage),
    createImageWithData: bindCall(service, createImageWithData),
    uploadImageData: bindCall(service, uploadImageData),
    downloadImageData: bindCall(service, downloadImageData),
    saveImageData: bindCall(service, saveImageData),
    listImageMembers: bindCall(service, listImageMembers),
    addImageMember: bindCall(service, addImageMember),
    updateImageMember: bindCall(service, updateImageMember),
    removeImageMember: bindCall(service, removeImageMember),
  });
}
