import { CloudError, type CloudErrorOptions } from '../../errors/cloud-error.ts';

/**
 * A deployment document is invalid: the message names the path (e.g. `resources.web.properties.flavor`) and
 * what is expected there.
 *
 * @example
 * ```ts
 * import { DocumentError } from 'stratus/facade';
 * const error = new DocumentError('resources.web.kind', 'one of keyPair, server, …', 'vm');
 * console.log(error.code, error.path); // ERR_DOCUMENT_INVALID resources.web.kind
 * ```
 */
export class DocumentError extends CloudError {
  /** Where in the document the problem is, as a dotted path. */
  readonly path: string;

  /**
   * @param path - The dotted path of the offending value.
   * @param expected - What the value should be, or what is wrong.
   * @param actual - The value found, shown shortened; omit when the message says it all.
   * @param options - The cause, if any.
   */
  constructor(path: string, expected: string, actual?: unknown, options: CloudErrorOptions = {}) {
    super(
      `Invalid deployment document at ${path}: ${expected}${describe(actual)}`,
      'ERR_DOCUMENT_INVALID',
      options,
    );
    this.path = path;
  }
}

function describe(actual: unknown): string {
  if (actual === undefined) return '';
  const text = JSON.stringify(actual) ?? String(actual);
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}
