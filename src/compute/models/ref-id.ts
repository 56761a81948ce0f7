/** Anything a portable method accepts in place of an id: the model itself or its id. */
export type IdRef = { readonly id: string } | string;

/**
 * Returns the id of a model reference (a node, size, image, location, volume… or its id).
 *
 * @param ref - A model or its id.
 * @returns The id.
 */
export function refId(ref: IdRef): string {
  return typeof ref === 'string' ? ref : ref.id;
}

/**
 * Returns the id of an optional model reference.
 *
 * @param ref - A model, its id, or `undefined`.
 * @returns The id, or `undefined`.
 */
export function optionalRefId(ref: IdRef | undefined): string | undefined {
  return ref === undefined ? undefined : refId(ref);
}
