export { getNetworkQuotas, updateNetworkQuotas } from './operations.ts';
export { buildGetNetworkQuotasRequest, buildUpdateNetworkQuotasRequest } from './requests.ts';
export { parseNetworkQuotaLimits, parseNetworkQuotas } from './results.ts';
export type { NetworkQuotaLimits, NetworkQuotas, QuotaUsage } from './types.ts';
