import type { JsonValue } from '../../document/types.ts';

/** One HOT resource definition. */
export interface HotResource {
  /** The Heat resource type, e.g. `OS::Nova::Server`. */
  readonly type: string;
  /** Its properties (intrinsic functions included). */
  readonly properties: Readonly<Record<string, JsonValue>>;
  /** Explicit dependencies (Heat resource names). */
  readonly depends_on?: readonly string[];
}

/** A HOT template as plain data (serialised to JSON, which Heat accepts as YAML). */
export interface HotTemplate {
  /** The template version. */
  readonly heat_template_version: string;
  /** Free text. */
  readonly description: string;
  /** The resources by Heat name. */
  readonly resources: Readonly<Record<string, HotResource>>;
  /** The outputs by name. */
  readonly outputs: Readonly<Record<string, { readonly value: JsonValue }>>;
}

/** The Heat template version the translation targets (Queens and later). */
export const HOT_VERSION = '2018-03-02';
