import { CloudError, type CloudErrorOptions } from './cloud-error.ts';

/**
 * A response body did not have the shape the API documents; `path` names the JSON path that failed.
 */
export class ResponseShapeError extends CloudError {
  /** The JSON path of the unexpected value, e.g. `$.server.id`. */
  readonly path: string;

  /**
   * @param path - The JSON path of the unexpected value.
   * @param expected - What was expected there, e.g. `a string`.
   * @param actual - The value found (only its type is reported, never its content).
   * @param options - The cause, if any.
   */
  constructor(path: string, expected: string, actual: unknown, options: CloudErrorOptions = {}) {
    super(
      `Unexpected response shape at ${path}: expected ${expected}, got ${describe(actual)}`,
      'ERR_RESPONSE_SHAPE',
      options,
    );
    this.path = path;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}
