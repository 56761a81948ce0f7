export { createPort, deletePort, findPort, getPort, listPorts, updatePort } from './operations.ts';
export { buildCreatePortRequest, buildListPortsRequest, buildUpdatePortRequest } from './requests.ts';
export { parsePort } from './results.ts';
export type { CreatePortOptions, FixedIp, ListPortsOptions, Port, UpdatePortOptions } from './types.ts';
