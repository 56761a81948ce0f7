export { getDefaultQuotaSet, getQuotaSet, updateQuotaSet } from './operations.ts';
export {
  buildGetDefaultQuotaSetRequest,
  buildGetQuotaSetRequest,
  buildUpdateQuotaSetRequest,
} from './requests.ts';
export { parseQuotaSet } from './results.ts';
export type { QuotaSet } from './types.ts';
