import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/facade/document/graph.ts';
import { parseDocument } from '../../../../src/facade/document/parse.ts';
import { SAMPLE } from './fixtures.ts';

describe('buildGraph', () => {
  it('orders every resource after what it references or depends on', () => {
    const graph = buildGraph(parseDocument(SAMPLE));
    const at = (name: string) => graph.order.indexOf(name);
    expect(graph.order).toHaveLength(10);
    expect(at('net')).toBeLessThan(at('subnet'));
    expect(at('subnet')).toBeLessThan(at('router'));
    expect(at('subnet')).toBeLessThan(at('web1'));
    expect(at('key')).toBeLessThan(at('web1'));
    expect(at('web1')).toBeLessThan(at('data'));
    expect(at('router')).toBeLessThan(at('fip'));
    expect([...(graph.dependencies.get('web1') ?? [])].sort()).toEqual(['key', 'net', 'sg', 'subnet']);
    expect([...(graph.dependents.get('net') ?? [])].sort()).toEqual(['subnet', 'web1', 'web2']);
  });
});
