import { describe, expect, it } from 'vitest';
import { GroupCache } from './group-cache';

describe('GroupCache', () => {
  it('holds groups within its budget, putting out the least recently used first', () => {
    const cache = new GroupCache(30);
    expect(cache.add(0, 10)).toEqual([]);
    expect(cache.add(1, 10)).toEqual([]);
    expect(cache.add(2, 10)).toEqual([]);
    expect(cache.add(3, 10)).toEqual([0]);
    expect(cache.groups()).toEqual([1, 2, 3]);
    expect(cache.heldRows).toBe(30);
    expect(cache.has(0)).toBe(false);
  });

  it('keeps a group used by the window shown longer than one not used since', () => {
    const cache = new GroupCache(30);
    cache.add(0, 10);
    cache.add(1, 10);
    cache.add(2, 10);
    cache.use([0]);
    expect(cache.add(3, 10)).toEqual([1]);
    expect(cache.groups()).toEqual([2, 0, 3]);
  });

  it('never puts out the groups it is told to keep, nor the one just added', () => {
    const cache = new GroupCache(20);
    cache.add(0, 10);
    cache.add(1, 10);
    // Both older groups are kept: the budget is exceeded rather than the window emptied.
    expect(cache.add(2, 10, new Set([0, 1]))).toEqual([]);
    expect(cache.heldRows).toBe(30);
    // Once they are no longer needed, the next addition brings it back within the budget.
    expect(cache.add(3, 10, new Set([3]))).toEqual([0, 1]);
    expect(cache.groups()).toEqual([2, 3]);
  });

  it('counts a group added again once', () => {
    const cache = new GroupCache(100);
    cache.add(4, 10);
    cache.add(4, 12);
    expect(cache.heldRows).toBe(12);
    expect(cache.groups()).toEqual([4]);
  });
});
