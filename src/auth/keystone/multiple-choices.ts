import { ConfigurationError } from '../../errors/configuration-error.ts';
import { expectArray, expectObject } from '../../shape/expect.ts';
import type { HttpResponse } from '../../transport/types.ts';

interface OfferedVersion {
  readonly id: string;
  readonly status: string | undefined;
  readonly href: string | undefined;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return expectObject(value, '$')[key];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? expectArray(value, '$') : [];
}

function readVersions(body: unknown): OfferedVersion[] {
  // Keystone answers `{ versions: { values: [...] } }`, older services `{ versions: [...] }` or `{ choices: [...] }`.
  const versions = field(body, 'versions') ?? field(body, 'choices');
  const values = list(Array.isArray(versions) ? versions : field(versions, 'values'));
  return values.flatMap((v): OfferedVersion[] => {
    const id = text(field(v, 'id'));
    if (id === undefined) return [];
    const self = list(field(v, 'links')).find((l) => field(l, 'rel') === 'self');
    return [{ id, status: text(field(v, 'status')), href: text(field(self, 'href')) }];
  });
}

/**
 * Turns a `300 Multiple Choices` answer to a login into an error that lists the versions offered.
 *
 * @param response - The 300 response.
 * @param url - The login URL that was requested.
 * @returns The error to throw.
 */
export function multipleChoicesError(response: HttpResponse, url: string): ConfigurationError {
  const offered = readVersions(response.body);
  const list =
    offered.length === 0
      ? 'no version list in the body'
      : offered
          .map((v) => `${v.id}${v.status ? ` (${v.status})` : ''}${v.href ? ` at ${v.href}` : ''}`)
          .join(', ');
  return new ConfigurationError(
    `The identity service answered 300 Multiple Choices for POST ${url} instead of logging in. ` +
      `It offers: ${list}. Set \`authUrl\` to the versioned URL of one of them and pick the matching auth method ` +
      '(`3.x_*` for v3, `2.0_*` for v2.0).',
  );
}
