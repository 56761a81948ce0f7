export { listV10Addresses, listV10NetworkAddresses } from './operations.ts';
export { buildListAddressesRequest, buildListNetworkAddressesRequest } from './requests.ts';
export { parseIpList, parseV10Addresses } from './results.ts';
export { type V10Addresses, V10AddressNetwork } from './types.ts';
