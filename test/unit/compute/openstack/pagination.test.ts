import { describe, expect, it } from 'vitest';
import { pageItems } from '../../../../src/drivers/openstack/pagination.ts';
import { ResponseShapeError } from '../../../../src/index.ts';

function walk(pages: readonly (readonly unknown[])[]): {
  readonly pages: AsyncGenerator<readonly unknown[], void, undefined>;
  readonly state: { fetched: number; closed: boolean };
} {
  const state = { fetched: 0, closed: false };
  async function* generate(): AsyncGenerator<readonly unknown[], void, undefined> {
    try {
      for (const page of pages) {
        state.fetched++;
        yield page;
      }
    } finally {
      state.closed = true;
    }
  }
  return { pages: generate(), state };
}

const parseNumber = (raw: unknown, path: string): number => {
  if (typeof raw !== 'number') throw new ResponseShapeError(path, 'a number', raw);
  return raw * 10;
};

describe('pageItems', () => {
  it('yields every item of every page in order, fetching a page only when its items are asked for', async () => {
    const { pages, state } = walk([[1, 2], [3], [4, 5]]);
    const items = pageItems(pages, 'things', parseNumber);
    expect(state.fetched).toBe(0);
    const seen: number[] = [];
    for await (const item of items) {
      seen.push(item);
      expect(state.fetched).toBe(item <= 20 ? 1 : item === 30 ? 2 : 3);
    }
    expect(seen).toEqual([10, 20, 30, 40, 50]);
    expect(state.closed).toBe(true);
    await expect(items.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('rejects with the JSON path of a bad item after yielding the ones before it, and stops the walk', async () => {
    const { pages, state } = walk([[1, 2, 'x', 4], [5]]);
    const items = pageItems(pages, 'things', parseNumber);
    const seen: number[] = [];
    const failure = (async () => {
      for await (const item of items) seen.push(item);
    })();
    await expect(failure).rejects.toThrow('at $.things[2]:');
    expect(seen).toEqual([10, 20]);
    expect(state).toEqual({ fetched: 1, closed: true });
    await expect(items.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('closes the walk when the caller stops early', async () => {
    const { pages, state } = walk([[1, 2], [3]]);
    for await (const item of pageItems(pages, 'things', parseNumber)) if (item === 10) break;
    expect(state).toEqual({ fetched: 1, closed: true });
  });

  it('answers concurrent next() calls in order across a page boundary', async () => {
    const { pages } = walk([[1], [2], [3]]);
    const items = pageItems(pages, 'things', parseNumber);
    const results = await Promise.all([items.next(), items.next(), items.next(), items.next()]);
    expect(results.map((r) => r.value)).toEqual([10, 20, 30, undefined]);
  });

  it('passes a failed page fetch on to the caller', async () => {
    async function* failing(): AsyncGenerator<readonly unknown[], void, undefined> {
      yield [1];
      throw new Error('Nova is down');
    }
    const items = pageItems(failing(), 'things', parseNumber);
    await expect(items.next()).resolves.toEqual({ done: false, value: 10 });
    await expect(items.next()).rejects.toThrow('Nova is down');
    await expect(items.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
