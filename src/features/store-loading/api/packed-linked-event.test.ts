import { describe, expect, it } from 'vitest';
import type { RowGroupSpan } from '../../../format/packed/row-groups';
import { parseStoreDate } from '../../../format/dates';
import type { StoreEvent } from '../../../format/validate-store';
import { eventTime } from '../../../lib/store-index';
import { type TimeWindow, focusWindow, span } from '../../../lib/time-window';
import { findEventRow, linkedEventWindow } from './packed-linked-event';

const DAY = 86_400_000;

/** Groups of 10 rows; row r has the id `e<r>`. */
function groups(count: number): RowGroupSpan[] {
  return Array.from({ length: count }, (_, i) => ({
    rowStart: i * 10,
    rowEnd: i * 10 + 10,
    firstStart: null,
    lastStart: null,
    lastEnd: null,
  }));
}
const idsOf = (spans: readonly RowGroupSpan[]) => (group: number) =>
  Promise.resolve(
    Array.from({ length: spans[group]!.rowEnd - spans[group]!.rowStart }, (_, i) => {
      return `e${spans[group]!.rowStart + i}`;
    }),
  );

describe('findEventRow', () => {
  it('reads the groups’ ids from the last, two at a time, and stops at the one that has it', async () => {
    const spans = groups(7);
    const read: number[] = [];
    const searched: number[] = [];
    const found = await findEventRow(
      'e23',
      spans,
      (group) => {
        read.push(group);
        return idsOf(spans)(group);
      },
      (rows) => searched.push(rows),
    );
    expect(found).toEqual({ group: 2, row: 23 });
    expect(read).toEqual([6, 5, 4, 3, 2, 1]);
    expect(searched).toEqual([20, 40]);
  });

  it('an id no row has: null, once every row was searched', async () => {
    const spans = groups(3);
    const searched: number[] = [];
    expect(await findEventRow('e99', spans, idsOf(spans), (rows) => searched.push(rows))).toBe(
      null,
    );
    expect(searched.at(-1)).toBe(30);
  });
});

function event(start: string): StoreEvent {
  return {
    id: 'long-one',
    title: 'A year-long event',
    start,
    actors: [],
    excerpts: [],
    when: { start: parseStoreDate(start)! },
  } as unknown as StoreEvent;
}

describe('linkedEventWindow', () => {
  const open = (found: StoreEvent | null, readable?: (window: TimeWindow) => boolean) =>
    linkedEventWindow('long-one', {
      spans: groups(2),
      total: 20,
      readIds: async () => ['long-one'],
      readRow: async () => ({ id: 'long-one' }),
      check: () => found,
      onProgress: () => {},
      ...(readable ? { readable } : {}),
    });

  it('opens around the event, as any store would', async () => {
    const year = event('2000');
    expect(await open(year)).toEqual({
      id: 'long-one',
      found: true,
      window: focusWindow(eventTime(year)),
    });
  });

  it('where that is too many rows to read, around its start, narrower until it can be read', async () => {
    const year = event('2000');
    const { window } = await open(year, (shown) => span(shown) <= 40 * DAY);
    expect(span(window!)).toBeLessThanOrEqual(40 * DAY);
    expect(span(window!)).toBeGreaterThan(10 * DAY);
    const start = eventTime(year).start;
    expect(window!.start).toBeLessThan(start);
    expect(window!.end).toBeGreaterThan(start);
  });

  it('a row that breaks the format is found, and gives no window', async () => {
    expect(await open(null)).toEqual({ id: 'long-one', found: true, window: null });
  });
});
