export { createKeypair, deleteKeypair, getKeypair, listKeypairs } from './operations.ts';
export {
  buildCreateKeypairRequest,
  buildDeleteKeypairRequest,
  buildGetKeypairRequest,
  buildListKeypairsRequest,
} from './requests.ts';
export { parseKeypair, parseListedKeypair } from './results.ts';
export type { CreateKeypairOptions, Keypair, ListKeypairsOptions } from './types.ts';
