import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/** The three API files the driver serves, by the name used in {@link OpenApiValidator} calls. */
export const API_FILES = {
  driver: 'resource-driver.yaml',
  management: 'management.yaml',
  openstack: 'openstack_admin.yaml',
} as const;

/** One of {@link API_FILES}' keys. */
export type ApiName = keyof typeof API_FILES;

/** The result of one validation: `undefined` when valid, else a one-line explanation. */
export type ValidationProblem = string | undefined;

const OPENAPI_DIR = join(import.meta.dirname, '..', '..', 'openapi');

/**
 * Validates bodies against the OpenAPI files themselves: each file is registered with Ajv as one schema
 * document, and a body is checked against `<file>#/paths/<path>/<method>/requestBody/...` or
 * `.../responses/<status>/...` by JSON pointer, so no schema is re-typed here.
 *
 * @remarks
 * OpenAPI 3.0 schemas are a JSON Schema draft-04 dialect; the files use no `nullable`, `discriminator` or
 * `readOnly`, so Ajv (non-strict, to skip OpenAPI's own keywords such as `example`) reads them as they are.
 * `format: byte` is checked as base64.
 */
export class OpenApiValidator {
  readonly #ajv: Ajv;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #documents = new Map<ApiName, Record<string, unknown>>();

  /** @param dir - Where the YAML files are. @defaultValue the package's `openapi/` folder */
  constructor(dir: string = OPENAPI_DIR) {
    this.#ajv = new Ajv({ strict: false, allErrors: false });
    this.#ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
    for (const [name, file] of Object.entries(API_FILES) as [ApiName, string][]) {
      const document = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      this.#documents.set(name, document);
      this.#ajv.addSchema(document, file);
    }
  }

  /**
   * The `servers[0].url` of one file: the prefix its paths are served under.
   *
   * @param api - The file.
   * @returns e.g. `/api/driver`.
   */
  basePath(api: ApiName): string {
    const servers = this.#documents.get(api)?.servers;
    const first: unknown = Array.isArray(servers) ? servers[0] : undefined;
    const url = typeof first === 'object' && first !== null && 'url' in first ? first.url : undefined;
    return typeof url === 'string' ? url : '';
  }

  /**
   * Checks a request body.
   *
   * @param api - The file.
   * @param path - The path as written in the file, e.g. `/lifecycle/execute`.
   * @param method - e.g. `post`.
   * @param body - The parsed JSON.
   * @returns Why it is invalid, or `undefined`.
   */
  request(api: ApiName, path: string, method: string, body: unknown): ValidationProblem {
    return this.#check(api, `${pointer(path, method)}/requestBody/content/application~1json/schema`, body);
  }

  /**
   * Checks a response body.
   *
   * @param api - The file.
   * @param path - The path as written in the file.
   * @param method - e.g. `post`.
   * @param status - The HTTP status, which must be declared for the operation.
   * @param body - The parsed JSON.
   * @returns Why it is invalid (including "status not declared"), or `undefined`.
   * @remarks
   * A body equal to one of the response's own declared examples is valid: the file's not-found example of
   * find is `{result: null}`, which its schema (`result: {type: object}`, no `nullable`) alone would refuse.
   */
  response(api: ApiName, path: string, method: string, status: number, body: unknown): ValidationProblem {
    const at = `${pointer(path, method)}/responses/${status}/content/application~1json`;
    if (this.#declaredExamples(api, at).some((example) => isDeepStrictEqual(example, body))) return undefined;
    return this.#check(api, `${at}/schema`, body);
  }

  /** The example bodies a response declares (resolving `$ref`s into `components/examples`). */
  #declaredExamples(api: ApiName, at: string): unknown[] {
    const document = this.#documents.get(api);
    const content = at
      .split('/')
      .slice(1)
      .reduce<unknown>((node, part) => {
        const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
        return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
      }, document);
    const examples =
      typeof content === 'object' && content !== null && 'examples' in content ? content.examples : {};
    return Object.values(examples ?? {}).map((example: unknown) => {
      const ref =
        typeof example === 'object' && example !== null && '$ref' in example ? example.$ref : undefined;
      const name = typeof ref === 'string' ? ref.replace('#/components/examples/', '') : '';
      const components = document?.components as
        | { examples?: Record<string, { value?: unknown }> }
        | undefined;
      return components?.examples?.[name]?.value;
    });
  }

  #check(api: ApiName, at: string, body: unknown): ValidationProblem {
    const ref = `${API_FILES[api]}#${at}`;
    let validate = this.#compiled.get(ref);
    if (validate === undefined) {
      if (this.#ajv.getSchema(ref) === undefined) return `${ref} is not declared`;
      validate = this.#ajv.compile({ $ref: ref });
      this.#compiled.set(ref, validate);
    }
    return validate(body) ? undefined : describe(validate.errors ?? []);
  }
}

function pointer(path: string, method: string): string {
  return `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}`;
}

function describe(errors: readonly ErrorObject[]): string {
  const first = errors[0];
  if (first === undefined) return 'invalid';
  if (first.keyword === 'required' && typeof first.params.missingProperty === 'string') {
    const where = first.instancePath === '' ? '' : ` in ${first.instancePath.slice(1).replaceAll('/', '.')}`;
    return `'${first.params.missingProperty}' is a required field but was not found in the request data body${where}`;
  }
  const where =
    first.instancePath === '' ? 'the body' : `'${first.instancePath.slice(1).replaceAll('/', '.')}'`;
  return `${where} ${first.message ?? 'is invalid'}`;
}
