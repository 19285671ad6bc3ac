import { describe, expect, it } from 'vitest';
import type { RowGroupSpan } from './row-groups';
import { marginGroups, rowsStartingIn, tooWideToRead, withMargin } from './window-reach';

/** Ten groups of ten events, group i starting at 100·i and ending before the next begins. */
const spans: RowGroupSpan[] = Array.from({ length: 10 }, (_, i) => ({
  rowStart: 10 * i,
  rowEnd: 10 * (i + 1),
  firstStart: 100 * i,
  lastStart: 100 * i + 90,
  lastEnd: 100 * i + 95,
}));

describe('window reach', () => {
  it('widens a window by its own width either side', () => {
    expect(withMargin({ start: 400, end: 500 })).toEqual({ start: 300, end: 600 });
  });

  it('counts the rows of the groups with events starting in a window', () => {
    expect(rowsStartingIn(spans, { start: 420, end: 530 })).toBe(20);
    expect(rowsStartingIn(spans, { start: 0, end: 1000 })).toBe(100);
  });

  it('finds a window too wide to read when its groups hold more rows than the limit', () => {
    expect(tooWideToRead(spans, { start: 0, end: 1000 }, 50)).toBe(true);
    expect(tooWideToRead(spans, { start: 420, end: 530 }, 50)).toBe(false);
  });

  it('does not count a group that only reaches into the window by a long event', () => {
    const long = spans.map((span, i) => (i === 0 ? { ...span, lastEnd: 10_000 } : span));
    expect(rowsStartingIn(long, { start: 420, end: 530 })).toBe(20);
  });

  it('adds the groups of the margin, nearest to the window first, without the window’s own', () => {
    // The margin runs from 310 to 640: groups 3 (30 before the window) and 6 (70 after it).
    expect(marginGroups(spans, { start: 420, end: 530 }, [4, 5])).toEqual([3, 6]);
    expect(marginGroups(spans, { start: 400, end: 600 }, [4, 5])).toEqual([6, 3, 7, 2]);
  });
});
