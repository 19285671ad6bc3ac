import { describe, expect, it } from 'vitest';
import { type RowGroupSpan, groupsOverlapping, lastGroupsHolding } from './row-groups';

const spans: RowGroupSpan[] = [
  { rowStart: 0, rowEnd: 100, firstStart: 0, lastEnd: 50 },
  // A long event from the second group runs on past the third's start.
  { rowStart: 100, rowEnd: 200, firstStart: 40, lastEnd: 500 },
  { rowStart: 200, rowEnd: 230, firstStart: 300, lastEnd: 350 },
  { rowStart: 230, rowEnd: 240, firstStart: 350, lastEnd: 400 },
];

describe('groupsOverlapping', () => {
  it('takes the groups whose starts and ends may reach into the window', () => {
    expect(groupsOverlapping(spans, { start: 360, end: 380 })).toEqual([1, 3]);
    expect(groupsOverlapping(spans, { start: 45, end: 60 })).toEqual([0, 1]);
  });

  it('takes a group without statistics for every window', () => {
    const unknown = [{ rowStart: 0, rowEnd: 10, firstStart: null, lastEnd: null }];
    expect(groupsOverlapping(unknown, { start: 1e12, end: 2e12 })).toEqual([0]);
  });
});

describe('lastGroupsHolding', () => {
  it('walks back from the end until the groups hold more than the rows asked for', () => {
    expect(lastGroupsHolding(spans, 5)).toEqual([3]);
    expect(lastGroupsHolding(spans, 40)).toEqual([1, 2, 3]);
    expect(lastGroupsHolding(spans, 10_000)).toEqual([0, 1, 2, 3]);
  });
});
