import { describe, expect, it } from 'vitest';
import {
  Capability,
  type CreateNodeOptions,
  type HasCapabilities,
  type Node,
  NodeDriver,
  type NodeLocation,
  type NodePowerManagement,
  type NodeRef,
  type NodeSize,
  NodeState,
  ResourceFailedError,
  supports,
} from '../../../src/index.ts';

function node(id: string, state: NodeState, failureReason?: string): Node {
  return {
    id,
    name: id,
    state,
    publicIps: [],
    privateIps: [],
    sizeId: undefined,
    imageId: undefined,
    createdAt: undefined,
    failureReason,
    extra: {},
  };
}

/** A driver over scripted states: each getNode returns the next state of that node. */
class ScriptedDriver extends NodeDriver implements NodePowerManagement {
  readonly provider = 'scripted';
  readonly name = 'Scripted';
  readonly apiVersion = '1';
  readonly capabilities: ReadonlySet<Capability> = new Set([Capability.POWER]);
  readonly calls: string[] = [];
  readonly #script: Map<string, (Node | undefined)[]>;

  constructor(script: Record<string, (Node | undefined)[]>) {
    super();
    this.#script = new Map(Object.entries(script));
  }
  async *listNodes(): AsyncIterable<Node> {
    this.calls.push('list');
    yield* [];
  }
  async getNode(id: string): Promise<Node | undefined> {
    this.calls.push(`get ${id}`);
    const states = this.#script.get(id) ?? [];
    return states.length > 1 ? states.shift() : states[0];
  }
  async createNode(options: CreateNodeOptions): Promise<Node> {
    return node(options.name, NodeState.PENDING);
  }
  async destroyNode(_node: NodeRef): Promise<void> {}
  async rebootNode(_node: NodeRef): Promise<void> {}
  async *listSizes(): AsyncIterable<NodeSize> {
    yield* [];
  }
  async *listLocations(): AsyncIterable<NodeLocation> {
    yield* [];
  }
  async startNode(_node: NodeRef): Promise<void> {}
  async stopNode(_node: NodeRef): Promise<void> {}
}

describe('NodeDriver.waitUntilRunning', () => {
  it('polls each node by id only, never listing', async () => {
    const driver = new ScriptedDriver({
      a: [node('a', NodeState.PENDING), node('a', NodeState.RUNNING)],
      b: [node('b', NodeState.RUNNING)],
    });
    const nodes = await driver.waitUntilRunning(['a', node('b', NodeState.PENDING)], { intervalMs: 1 });
    expect(nodes.map((n) => [n.id, n.state])).toEqual([
      ['a', 'running'],
      ['b', 'running'],
    ]);
    expect(driver.calls).not.toContain('list');
    expect(driver.calls.sort()).toEqual(['get a', 'get a', 'get b']);
  });

  it('fails with the provider reason when a node goes to error', async () => {
    const driver = new ScriptedDriver({ a: [node('a', NodeState.ERROR, 'No valid host was found.')] });
    const error = await driver.waitUntilRunning('a', { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceFailedError);
    expect(String(error)).toContain('No valid host was found.');
  });

  it('fails when the node disappears', async () => {
    const driver = new ScriptedDriver({ a: [undefined] });
    await expect(driver.waitUntilRunning('a', { intervalMs: 1 })).rejects.toThrow(/disappeared/);
  });

  it('waitUntilDeleted resolves once the node is gone', async () => {
    const driver = new ScriptedDriver({ a: [node('a', NodeState.TERMINATED), undefined] });
    await driver.waitUntilDeleted('a', { intervalMs: 1 });
    expect(driver.calls).toEqual(['get a', 'get a']);
  });
});

describe('supports', () => {
  it('narrows to a declared capability whose methods exist', () => {
    const driver: NodeDriver = new ScriptedDriver({});
    expect(supports(driver, Capability.POWER)).toBe(true);
    expect(supports(driver, Capability.KEY_PAIRS)).toBe(false);
  });

  it('refuses a declared capability whose methods are missing', () => {
    const liar: HasCapabilities = { capabilities: new Set([Capability.VOLUMES]) };
    expect(supports(liar, Capability.VOLUMES)).toBe(false);
  });
});
