/** A value of an EC2 Query API parameter: lists become `Name.1`, `Name.2`; objects `Name.Key`. */
export type QueryParam =
  | string
  | number
  | boolean
  | undefined
  | readonly QueryParam[]
  | { readonly [key: string]: QueryParam };

/** The parameters of one action. */
export type QueryParams = Readonly<Record<string, QueryParam>>;

function flatten(prefix: string, value: QueryParam, out: URLSearchParams): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    let index = 0;
    for (const item of value as readonly QueryParam[]) flatten(`${prefix}.${++index}`, item, out);
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(`${prefix}.${key}`, item, out);
  } else {
    out.append(prefix, String(value));
  }
}

/**
 * Encodes an action and its parameters as the EC2 Query API's form body.
 *
 * @param action - E.g. `DescribeInstances`.
 * @param version - The API version, e.g. `2016-11-15`.
 * @param params - Nested parameters; `{ InstanceId: ['i-1'] }` becomes `InstanceId.1=i-1`.
 * @returns The `application/x-www-form-urlencoded` body.
 */
export function encodeQuery(action: string, version: string, params: QueryParams): string {
  const out = new URLSearchParams({ Action: action, Version: version });
  for (const [name, value] of Object.entries(params)) flatten(name, value, out);
  return out.toString();
}

/**
 * Builds `Filter.N.Name` / `Filter.N.Value.M` entries from a map.
 *
 * @param filters - Filter names to accepted values.
 * @returns The `Filter` parameter value.
 */
export function filters(filters: Readonly<Record<string, readonly string[]>>): QueryParam {
  return Object.entries(filters).map(([Name, Value]) => ({ Name, Value }));
}
