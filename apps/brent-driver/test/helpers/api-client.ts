/** Test helper: call the driver's API and validate every response against the OpenAPI files. */
import { type ApiName, OpenApiValidator } from '../../src/api/openapi.ts';

const validator = new OpenApiValidator();

/** A response with its parsed body and the validation verdict. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  /** Why the body does not match the OpenAPI file (`undefined` when it matches). */
  readonly problem: string | undefined;
}

/**
 * Calls one operation and validates the answer against its OpenAPI file.
 *
 * @param baseUrl - The driver's URL.
 * @param api - Which file declares the operation.
 * @param path - The path within that file.
 * @param method - `get` or `post`.
 * @param body - The JSON body (for post).
 * @param headers - Extra headers.
 * @returns Status, headers, body and validation problem.
 */
export async function callApi(
  baseUrl: string,
  api: ApiName,
  path: string,
  method: 'get' | 'post',
  body?: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<ApiResponse> {
  const response = await fetch(`${baseUrl}${validator.basePath(api)}${path}`, {
    method: method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  return {
    status: response.status,
    headers: response.headers,
    body: parsed,
    problem: validator.response(api, path, method, response.status, parsed),
  };
}
