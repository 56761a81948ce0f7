import { describe, expect, it } from 'vitest';
import { previewJson } from '../../../src/transport/json-preview.ts';
import { redactJson } from '../../../src/transport/redact.ts';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe('previewJson', () => {
  it('keeps a small value as it is (same shape, same order)', () => {
    const value = { servers: [{ id: 'a', name: 'x' }, { id: 'b' }], count: 2, ok: true, none: null };
    expect(previewJson(value)).toEqual(value);
    expect(JSON.stringify(previewJson(value))).toBe(JSON.stringify(value));
  });

  it('cuts depth without recursion (100,000 levels)', () => {
    const text = JSON.stringify(
      previewJson(nested(100_000), { maxDepth: 3, maxNodes: 100, maxStringChars: 10 }),
    );
    expect(text).toBe('{"a":{"a":{"a":"[… nested deeper than 3 levels]"}}}');
  });

  it('keeps the first items within the node budget and says how many more there were', () => {
    const value = { items: Array.from({ length: 1000 }, (_, index) => index) };
    const copy = previewJson(value, { maxDepth: 10, maxNodes: 10, maxStringChars: 10 });
    expect(copy).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, '… (992 more items)'] });
  });

  it('cuts long strings with their length', () => {
    expect(previewJson({ s: 'abcdefghij' }, { maxDepth: 5, maxNodes: 5, maxStringChars: 4 })).toEqual({
      s: 'abcd… (10 characters, cut)',
    });
  });
});

describe('redactJson on a deep value', () => {
  it('does not overflow the stack and still hides secrets above the cut', () => {
    const value = { auth: { password: 'hunter2', deep: nested(100_000) } };
    const text = JSON.stringify(redactJson(value));
    expect(text).not.toContain('hunter2');
    expect(text).toContain('nested deeper than 256 levels');
  });
});
