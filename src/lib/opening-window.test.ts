import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStore } from '../format/validate-store';
import { OPENING, openingWindow, openingWindowOf } from './opening-window';
import { buildStoreIndex, eventTime } from './store-index';
import { fitWindow } from './time-window';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function open(dates: string[], options = OPENING) {
  const starts = dates.map(at);
  const ends = starts.map((start) => start + DAY);
  const extent = { start: starts[0]!, end: ends[ends.length - 1]! };
  return { window: openingWindow(starts, ends, extent, options), extent };
}

describe('openingWindow', () => {
  it('opens on the recent stretch after a long quiet gap, not on the whole extent', () => {
    const { window } = open([
      '2000-07-19',
      '2006-10-14',
      '2022-02-24',
      '2023-09-13',
      '2023-10-01',
      '2024-06-01',
      '2024-06-19',
    ]);
    expect(window.start).toBeLessThan(at('2022-02-24'));
    expect(window.start).toBeGreaterThan(at('2021-06-01'));
    // The last event with room on its right for its label.
    expect(window.end).toBeGreaterThan(at('2024-06-20'));
    expect(window.end).toBeLessThan(at('2025-12-31'));
  });

  it('opens a small store on the whole when its recent stretch would hide much of it', () => {
    // A reporter's ten events: six after a quiet spell of nine months, four before it.
    const dates = [
      '2022-02-24',
      '2022-09-05',
      '2023-07-27',
      '2023-09-13',
      '2024-06-10',
      '2024-06-19',
      '2024-06-19',
      '2024-10-23',
      '2024-11-12',
      '2025-01-28',
    ];
    const { window, extent } = open(dates);
    expect(window).toEqual(fitWindow(extent));
    // The same shape in a store of more events than are looked at still opens on its stretch.
    const many = open(dates, { ...OPENING, recentEvents: 9 });
    expect(many.window.start).toBeGreaterThan(at('2023-09-13'));
  });

  it('takes at most the last N events', () => {
    const dates = Array.from({ length: 30 }, (_, i) => `2020-01-${String(i + 1).padStart(2, '0')}`);
    const { window } = open(dates, { ...OPENING, recentEvents: 5, minSpan: DAY });
    expect(window.start).toBeGreaterThan(at('2020-01-25'));
    expect(window.start).toBeLessThanOrEqual(at('2020-01-26'));
  });

  it('fits all when the events are spread evenly', () => {
    const dates = ['2000-01-01', '2004-01-01', '2008-01-01', '2012-01-01', '2016-01-01'];
    const { window, extent } = open(dates);
    expect(window).toEqual(fitWindow(extent));
  });

  it('is never narrower than the smallest opening span', () => {
    const { window } = open(['1990-01-01', '2024-06-19']);
    expect(window.end - window.start).toBeGreaterThanOrEqual(OPENING.minSpan);
  });

  it('fits an empty store to its extent', () => {
    const extent = { start: at('2020-01-01'), end: at('2021-01-01') };
    expect(openingWindow([], [], extent)).toEqual(fitWindow(extent));
  });
});

describe('openingWindowOf on a narrow screen', () => {
  // The default store: its first view at 390 px holds its last weeks, not 2022–2025.
  const result = validateStore(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the default store is refused');
  const index = buildStoreIndex(result.store);
  const inView = (window: { start: number; end: number }) =>
    index.events.filter((event) => {
      const time = eventTime(event);
      return time.end > window.start && time.start < window.end;
    }).length;

  it('opens on a shorter recent stretch than a wide screen', () => {
    const wide = openingWindowOf(index, 1280);
    const narrow = openingWindowOf(index, 390);
    expect(narrow.end - narrow.start).toBeLessThan((wide.end - wide.start) / 4);
    expect(narrow.end).toBeGreaterThan(at('2024-06-20'));
    // Still an overview of several events, fewer than the wide view's.
    expect(inView(narrow)).toBeGreaterThanOrEqual(OPENING.narrowRecentEvents);
    expect(inView(narrow)).toBeLessThan(inView(wide));
    expect(openingWindowOf(index)).toEqual(wide);
  });
});
