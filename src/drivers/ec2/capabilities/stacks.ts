// CloudFormation stacks as the portable stack service (the Query API on the driver's CloudFormation client).
import type { Stack, StackResource, StackTemplateInput } from '../../../compute/models/stack.ts';
import type { StackService } from '../../../compute/services/stacks.ts';
import { ConfigurationError } from '../../../errors/configuration-error.ts';
import type { QueryClient } from '../client/client.ts';
import type { QueryParams } from '../client/query.ts';
import { childOf, requireText, textOf, type XmlNode } from '../client/xml.ts';
import { marksToTags } from './common.ts';

/** CloudFormation's own fields of a stack. */
export interface CloudFormationStackExtra {
  /** When it was made. */
  readonly creationTime: string | undefined;
  /** Its tags. */
  readonly tags: Readonly<Record<string, string>>;
}

const members = (node: XmlNode | undefined, name: string): XmlNode[] => {
  const list = node === undefined ? undefined : childOf(node, name)?.member;
  return Array.isArray(list) ? (list as XmlNode[]) : [];
};

/**
 * Reads a `Stacks` member of `DescribeStacks`.
 * @param item - The member.
 * @returns The portable stack (outputs by key; tags as `key=value`).
 */
export function toStack(item: XmlNode): Stack<CloudFormationStackExtra> {
  const outputs: Record<string, unknown> = {};
  for (const o of members(item, 'Outputs'))
    outputs[textOf(o, 'OutputKey') ?? ''] = textOf(o, 'OutputValue') ?? '';
  const tags: Record<string, string> = {};
  for (const t of members(item, 'Tags')) tags[textOf(t, 'Key') ?? ''] = textOf(t, 'Value') ?? '';
  return Object.freeze({
    id: requireText(item, 'StackId', 'Stacks.member'),
    name: requireText(item, 'StackName', 'Stacks.member'),
    status: textOf(item, 'StackStatus') ?? 'UNKNOWN',
    statusReason: textOf(item, 'StackStatusReason'),
    outputs: Object.freeze(outputs),
    tags: Object.freeze(Object.entries(tags).map(([k, v]) => (v === '' ? k : `${k}=${v}`))),
    extra: Object.freeze({ creationTime: textOf(item, 'CreationTime'), tags: Object.freeze(tags) }),
  });
}

function templateParams(input: StackTemplateInput): QueryParams {
  const parameters = Object.entries(input.parameters ?? {}).map(([ParameterKey, value]) => ({
    ParameterKey,
    ParameterValue: String(value),
  }));
  return {
    TemplateBody: typeof input.template === 'string' ? input.template : JSON.stringify(input.template),
    Parameters: parameters.length === 0 ? undefined : { member: parameters },
  };
}

async function* describeStacks(
  cf: QueryClient,
  signal?: AbortSignal,
): AsyncGenerator<Stack<CloudFormationStackExtra>> {
  let token: string | undefined;
  do {
    const answer = await cf.call('DescribeStacks', { NextToken: token }, { idempotent: true, signal });
    const result = childOf(answer, 'DescribeStacksResult');
    for (const item of members(result, 'Stacks')) yield toStack(item);
    token = result === undefined ? undefined : textOf(result, 'NextToken');
  } while (token !== undefined);
}

/**
 * The portable stack service of the EC2 driver: CloudFormation, signed like EC2 on the same transport.
 *
 * @remarks Templates are CloudFormation's (JSON or YAML), not Heat's. `getStack` walks `DescribeStacks`, which
 * lists live stacks only, so a deleted stack is `undefined` without reading an error message.
 * @param cf - The CloudFormation client.
 * @returns The {@link StackService}.
 */
export function createCloudFormationStacks(cf: QueryClient): StackService {
  const find = async (nameOrId: string, signal?: AbortSignal) => {
    for await (const s of describeStacks(cf, signal)) if (s.id === nameOrId || s.name === nameOrId) return s;
    return undefined;
  };
  const must = async (nameOrId: string, signal?: AbortSignal) => {
    const stack = await find(nameOrId, signal);
    if (stack === undefined) throw new ConfigurationError(`CloudFormation has no live stack ${nameOrId}`);
    return stack;
  };
  const service: StackService = {
    templateFormat: 'cloudformation',
    listStacks: (signal) => describeStacks(cf, signal),
    getStack: find,
    createStack: async (input, signal) => {
      const params = {
        StackName: input.name,
        ...templateParams(input),
        Tags: (input.tags ?? []).length === 0 ? undefined : { member: marksToTags(input.tags ?? []) },
        DisableRollback: input.disableRollback ?? true,
      };
      const answer = await cf.call('CreateStack', params, { signal });
      return Object.freeze({
        id: requireText(childOf(answer, 'CreateStackResult') ?? {}, 'StackId', 'CreateStackResult'),
      });
    },
    updateStack: async (id, input, signal) => {
      await cf.call(
        'UpdateStack',
        { StackName: (await must(id, signal)).id, ...templateParams(input) },
        { signal },
      );
    },
    deleteStack: async (id, signal) => {
      await cf.call('DeleteStack', { StackName: (await must(id, signal)).id }, { signal });
    },
    listStackResources: async (id, signal) => {
      const params = { StackName: (await must(id, signal)).id };
      const answer = await cf.call('DescribeStackResources', params, { idempotent: true, signal });
      return members(childOf(answer, 'DescribeStackResourcesResult'), 'StackResources').map(
        (r): StackResource =>
          Object.freeze({
            logicalName: textOf(r, 'LogicalResourceId') ?? '',
            physicalId: textOf(r, 'PhysicalResourceId'),
            type: textOf(r, 'ResourceType') ?? '',
            status: textOf(r, 'ResourceStatus') ?? 'UNKNOWN',
            statusReason: textOf(r, 'ResourceStatusReason'),
          }),
      );
    },
  };
  return Object.freeze(service);
}
