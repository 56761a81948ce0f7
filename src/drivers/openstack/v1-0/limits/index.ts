export { getV10Limits } from './operations.ts';
export { buildGetLimitsRequest } from './requests.ts';
export { parseV10LimitsBody, parseV10RateLimit } from './results.ts';
export type { V10Limits, V10RateLimit } from './types.ts';
