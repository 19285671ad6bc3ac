import { describe, expect, it } from 'vitest';
import {
  type RowGroupSpan,
  groupsOverlapping,
  groupsStartingIn,
  lastGroupsHolding,
  rowsStartingInEstimate,
} from './row-groups';

const spans: RowGroupSpan[] = [
  { rowStart: 0, rowEnd: 100, firstStart: 0, lastStart: 40, lastEnd: 50 },
  // A long event from the second group runs on past the third's start.
  { rowStart: 100, rowEnd: 200, firstStart: 40, lastStart: 300, lastEnd: 500 },
  { rowStart: 200, rowEnd: 230, firstStart: 300, lastStart: 350, lastEnd: 350 },
  { rowStart: 230, rowEnd: 240, firstStart: 350, lastStart: 390, lastEnd: 400 },
];

describe('groupsOverlapping', () => {
  it('takes the groups whose starts and ends may reach into the window', () => {
    expect(groupsOverlapping(spans, { start: 360, end: 380 })).toEqual([1, 3]);
    expect(groupsOverlapping(spans, { start: 45, end: 60 })).toEqual([0, 1]);
  });

  it('takes a group without statistics for every window', () => {
    const unknown = [{ rowStart: 0, rowEnd: 10, firstStart: null, lastStart: null, lastEnd: null }];
    expect(groupsOverlapping(unknown, { start: 1e12, end: 2e12 })).toEqual([0]);
  });
});

describe('groupsStartingIn', () => {
  it('leaves out the groups that reach into the window only by earlier, long events', () => {
    const window = { start: 360, end: 380 };
    expect(groupsStartingIn(spans, groupsOverlapping(spans, window), window)).toEqual([3]);
  });
});

describe('lastGroupsHolding', () => {
  it('walks back from the end until the groups hold more than the rows asked for', () => {
    expect(lastGroupsHolding(spans, 5)).toEqual([3]);
    expect(lastGroupsHolding(spans, 40)).toEqual([1, 2, 3]);
    expect(lastGroupsHolding(spans, 10_000)).toEqual([0, 1, 2, 3]);
  });
});

describe('rowsStartingInEstimate', () => {
  const group = { rowStart: 0, rowEnd: 100, firstStart: 1000, lastStart: 2000, lastEnd: 5000 };
  it('takes a group’s starts as spread evenly between its first and last', () => {
    expect(rowsStartingInEstimate(group, { start: 1500, end: 3000 })).toBe(50);
    expect(rowsStartingInEstimate(group, { start: 0, end: 9000 })).toBe(100);
    expect(rowsStartingInEstimate(group, { start: 2500, end: 3000 })).toBe(0);
  });
  it('counts every row of a group whose statistics are missing, or all of one instant', () => {
    expect(rowsStartingInEstimate({ ...group, firstStart: null }, { start: 0, end: 1 })).toBe(100);
    const instant = { ...group, firstStart: 1500, lastStart: 1500 };
    expect(rowsStartingInEstimate(instant, { start: 1000, end: 2000 })).toBe(100);
    expect(rowsStartingInEstimate(instant, { start: 1600, end: 2000 })).toBe(0);
  });
});
