import { expectObject, expectStringMap } from '../../../../shape/expect.ts';
import type { ServerMetadata } from './types.ts';

/**
 * @param body - A `{ metadata: {...} }` answer.
 * @returns The metadata.
 */
export function parseMetadata(body: unknown): ServerMetadata {
  return expectStringMap(expectObject(body, '$').metadata, '$.metadata');
}
