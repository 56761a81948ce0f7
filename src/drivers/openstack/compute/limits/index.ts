export { getLimits } from './operations.ts';
export { buildGetLimitsRequest } from './requests.ts';
export { parseLimits } from './results.ts';
export type { ComputeLimits } from './types.ts';
