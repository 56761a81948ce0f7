import type {
  DeploymentLocation,
  ExecuteRequest,
  FindRequest,
  Properties,
  PropValue,
  TopologyRef,
} from './types.ts';

type Obj = Readonly<Record<string, unknown>>;

function obj(value: unknown): Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function props(value: unknown): Properties {
  const out: Record<string, PropValue> = {};
  for (const [name, raw] of Object.entries(obj(value))) {
    const entry = obj(raw);
    out[name] = {
      type: str(entry.type),
      value: entry.value,
      keyName: str(entry.keyName),
      privateKey: str(entry.privateKey),
      publicKey: str(entry.publicKey),
    };
  }
  return out;
}

function topology(value: unknown): Readonly<Record<string, TopologyRef>> {
  const out: Record<string, TopologyRef> = {};
  for (const [name, raw] of Object.entries(obj(value))) {
    const entry = obj(raw);
    out[name] = { id: str(entry.id), type: str(entry.type) };
  }
  return out;
}

/**
 * Reads a deployment location (already validated: `name` is a string).
 *
 * @param value - The `deploymentLocation` field.
 * @returns The location.
 */
export function parseLocation(value: unknown): DeploymentLocation {
  const raw = obj(value);
  return { name: str(raw.name) ?? '', type: str(raw.type), properties: obj(raw.properties) };
}

/**
 * Reads a validated execute body into its typed form (absent optional maps become `{}`).
 *
 * @param body - The JSON body, valid against `LifecycleExecutionRequest`.
 * @returns The request.
 */
export function parseExecuteRequest(body: unknown): ExecuteRequest {
  const raw = obj(body);
  return {
    lifecycleName: str(raw.lifecycleName) ?? '',
    driverFiles: str(raw.driverFiles) ?? '',
    systemProperties: props(raw.systemProperties),
    resourceProperties: props(raw.resourceProperties),
    requestProperties: props(raw.requestProperties),
    associatedTopology: topology(raw.associatedTopology),
    deploymentLocation: parseLocation(raw.deploymentLocation),
  };
}

/**
 * Reads a validated find body.
 *
 * @param body - The JSON body, valid against `FindReferenceRequest`.
 * @returns The request.
 */
export function parseFindRequest(body: unknown): FindRequest {
  const raw = obj(body);
  return {
    instanceName: str(raw.instanceName) ?? '',
    driverFiles: str(raw.driverFiles) ?? '',
    deploymentLocation: parseLocation(raw.deploymentLocation),
  };
}
