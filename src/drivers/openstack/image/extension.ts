import {
  bindServiceCall,
  bindServiceList,
  type ServiceBound,
  type ServiceResolver,
} from '../network/extensions/bind-service.ts';
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
    listImages: bindServiceList(service, listImages),
    getImage: bindServiceCall(service, getImage),
    findImagesByName: bindServiceCall(service, findImagesByName),
    createImage: bindServiceCall(service, createImage),
    updateImage: bindServiceCall(service, updateImage),
    deleteImage: bindServiceCall(service, deleteImage),
    deactivateImage: bindServiceCall(service, deactivateImage),
    reactivateImage: bindServiceCall(service, reactivateImage),
    createImageWithData: bindServiceCall(service, createImageWithData),
    uploadImageData: bindServiceCall(service, uploadImageData),
    downloadImageData: bindServiceCall(service, downloadImageData),
    saveImageData: bindServiceCall(service, saveImageData),
    listImageMembers: bindServiceCall(service, listImageMembers),
    addImageMember: bindServiceCall(service, addImageMember),
    updateImageMember: bindServiceCall(service, updateImageMember),
    removeImageMember: bindServiceCall(service, removeImageMember),
  });
}
