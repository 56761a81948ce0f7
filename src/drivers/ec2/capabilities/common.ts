// Helpers shared by the EC2 capability services: absent-on-not-found, tags as marks, first zone, CIDR maths.
import { NotFoundError } from '../../../errors/http-status-errors.ts';
import type { QueryClient } from '../client/client.ts';
import type { QueryParams } from '../client/query.ts';
import type { XmlNode } from '../client/xml.ts';
import { listZones } from '../zones/operations.ts';

/**
 * Runs a getter and turns EC2's `*.NotFound` into `undefined` (the portable getters' rule).
 *
 * @param get - The getter.
 * @returns The value, or `undefined` when EC2 does not know the id.
 */
export async function orAbsent<T>(get: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await get();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Sends a read-only action (safe to retry).
 *
 * @param client - The EC2 client.
 * @param action - A `Describe*` action.
 * @param params - Its parameters.
 * @param signal - Aborts the request.
 * @returns The answer's root element.
 */
export function describe(
  client: QueryClient,
  action: string,
  params: QueryParams,
  signal?: AbortSignal,
): Promise<XmlNode> {
  return client.call(action, params, { idempotent: true, signal });
}

/**
 * Tags as marks: `key=value`, or `key` alone for an empty value (the `Name` tag is the name, not a mark).
 *
 * @param tags - The tags.
 * @returns The marks.
 */
export function tagsToMarks(tags: Readonly<Record<string, string>>): string[] {
  return Object.entries(tags)
    .filter(([key]) => key !== 'Name')
    .map(([key, value]) => (value === '' ? key : `${key}=${value}`));
}

/**
 * Marks as tags: `key=value` splits at the first `=`; a mark without one becomes a key with an empty value.
 *
 * @param marks - The marks.
 * @returns The `Tag` parameter value of `CreateTags`.
 */
export function marksToTags(marks: readonly string[]): { Key: string; Value: string }[] {
  return marks.map((mark) => {
    const at = mark.indexOf('=');
    return at < 0 ? { Key: mark, Value: '' } : { Key: mark.slice(0, at), Value: mark.slice(at + 1) };
  });
}

/**
 * @param tags - Tags.
 * @returns The tags without `Name` (a node's or volume's metadata).
 */
export function withoutName(tags: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const { Name: _name, ...rest } = tags;
  return Object.freeze(rest);
}

/**
 * The region's first availability zone: where subnets and volumes go when no zone is given, so that the
 * volumes a document makes can be attached to its instances.
 *
 * @param client - The EC2 client.
 * @param signal - Aborts the request.
 * @returns The zone name, or `undefined` when the region lists none.
 */
export async function firstZone(client: QueryClient, signal?: AbortSignal): Promise<string | undefined> {
  const zones = await listZones(client, signal);
  return zones.map((z) => z.id).sort()[0];
}

function ipv4(address: string): number | undefined {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

function range(cidr: string): { start: number; size: number } | undefined {
  const [base = '', bits = ''] = cidr.split('/');
  const start = ipv4(base);
  const prefix = Number(bits);
  if (start === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  return { start, size: 2 ** (32 - prefix) };
}

/**
 * @param cidr - A range, e.g. `10.0.0.0/16`.
 * @param address - An IPv4 address or a range.
 * @returns Whether the address (or the whole range) lies inside `cidr`.
 */
export function cidrContains(cidr: string, address: string): boolean {
  const outer = range(cidr);
  const inner = address.includes('/') ? range(address) : { start: ipv4(address), size: 1 };
  if (outer === undefined || inner?.start === undefined) return false;
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

/**
 * @param cidr - An IPv4 range.
 * @returns The `/16` that holds it (EC2's largest VPC block), or the range itself when it is larger.
 */
export function enclosingBlock(cidr: string): string {
  const [base = '', bits = ''] = cidr.split('/');
  if (Number(bits) <= 16) return cidr;
  const [a, b] = base.split('.');
  return `${a}.${b}.0.0/16`;
}

/**
 * @param cidr - An IPv4 range.
 * @returns The VPC router's address (the range's first address plus one), the subnet's gateway.
 */
export function gatewayOf(cidr: string): string | undefined {
  const r = range(cidr);
  if (r === undefined) return undefined;
  const n = r.start + 1;
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/**
 * The tags a create writes in the call itself (`TagSpecification`): the given ones (e.g. `Name`) and the
 * ownership marks, so that no crash can leave a new object without its marks.
 *
 * @param tags - Tags by key.
 * @param marks - The marks (the portable `marks` option).
 * @returns Tags by key.
 */
export function createTags(
  tags: Readonly<Record<string, string>>,
  marks: readonly string[] | undefined,
): Record<string, string> {
  return { ...tags, ...Object.fromEntries(marksToTags(marks ?? []).map((t) => [t.Key, t.Value])) };
}

/**
 * The object as created, carrying the marks it was created with (a create answer need not list its tags).
 *
 * @param object - The new object.
 * @param marks - The marks it was created with.
 * @returns The object with them.
 */
export function withMarks<T extends object>(object: T, marks: readonly string[] | undefined): T {
  if (marks === undefined || marks.length === 0) return object;
  const had = (object as { readonly marks?: readonly string[] | undefined }).marks ?? [];
  return Object.freeze({ ...object, marks: Object.freeze([...new Set([...had, ...marks])]) });
}
