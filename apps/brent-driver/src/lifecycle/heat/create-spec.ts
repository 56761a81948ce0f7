/** The stack create a Create request comes to, and the queued form of it. */
import { redactText } from 'stratus';

/** A stack create worked out from the request, before anything is sent to Heat. */
export type CreateSpec = {
  /** The stack name (SPEC §4.2 step 5). */
  readonly name: string;
  /** The HOT template. */
  readonly template: Readonly<Record<string, unknown>>;
  /** Heat's `files` map. */
  readonly files: Readonly<Record<string, string>>;
  /** The inputs the template declares. */
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  /** `HEAT` or `TOSCA`. */
  readonly kind: 'HEAT' | 'TOSCA';
};

/** What a queued Create's job carries, sealed: the create to send and the tag that marks its stack. */
export type QueuedCreate = CreateSpec & {
  /** `stratus-request-<uuid of the request id>`. */
  readonly tag: string;
};

/**
 * Narrows an unsealed job value back to a {@link QueuedCreate}.
 *
 * @param value - What the cipher opened.
 * @returns The create.
 * @throws {@link TypeError} when the value is not one (a job from another program on the topic).
 */
export function toQueuedCreate(value: unknown): QueuedCreate {
  const v = value as Partial<QueuedCreate> | null;
  const ok =
    v !== null &&
    typeof v === 'object' &&
    typeof v.name === 'string' &&
    typeof v.tag === 'string' &&
    typeof v.template === 'object' &&
    v.template !== null &&
    typeof v.files === 'object' &&
    typeof v.parameters === 'object' &&
    (v.kind === 'HEAT' || v.kind === 'TOSCA');
  if (!ok)
    throw new TypeError('A queued Create job holds no stack create (name, tag, template, files, parameters)');
  return v as QueuedCreate;
}

function hidden(declaration: unknown): boolean {
  return (
    typeof declaration === 'object' &&
    declaration !== null &&
    (declaration as { hidden?: unknown }).hidden === true
  );
}

/**
 * Masks in a text (Heat's answer to the create) the values of the inputs that are secret: those the template
 * declares `hidden`, and the `<key>_private` ones. Heat may echo a value in its error, and the text goes into a
 * completion on Kafka, an HTTP answer and the logs.
 *
 * @param text - Heat's message.
 * @param spec - The create that was sent.
 * @returns The text with those values replaced by their fingerprints.
 */
export function maskSecretInputs(text: string, spec: CreateSpec): string {
  const declared = spec.template.parameters;
  const of = (name: string) =>
    typeof declared === 'object' && declared !== null
      ? (declared as Record<string, unknown>)[name]
      : undefined;
  const secrets = Object.entries(spec.parameters)
    .filter(([name]) => name.endsWith('_private') || hidden(of(name)))
    .map(([, value]) => String(value));
  return redactText(text, secrets);
}
