export { getFlavor, getFlavorExtraSpecs, listFlavors } from './operations.ts';
export {
  buildGetFlavorExtraSpecsRequest,
  buildGetFlavorRequest,
  buildListFlavorsRequest,
} from './requests.ts';
export { parseExtraSpecs, parseFlavor } from './results.ts';
export type { Flavor, ListFlavorsOptions } from './types.ts';
