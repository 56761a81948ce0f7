export { getV10Flavor, listV10FlavorDetails, listV10Flavors } from './operations.ts';
export { buildGetFlavorRequest, buildListFlavorsRequest } from './requests.ts';
export { parseV10Flavor, parseV10FlavorBody, parseV10FlavorRef } from './results.ts';
export type { ListV10FlavorsOptions, V10Flavor, V10FlavorRef } from './types.ts';
