export { getVolumeQuotas, updateVolumeQuotas } from './operations.ts';
export { buildGetVolumeQuotasRequest, buildUpdateVolumeQuotasRequest } from './requests.ts';
export { parseVolumeQuotaLimits, parseVolumeQuotas } from './results.ts';
export type { VolumeQuotaLimits, VolumeQuotas, VolumeQuotaUsage } from './types.ts';
