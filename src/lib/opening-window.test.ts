import { describe, expect, it } from 'vitest';
import { OPENING, openingWindow } from './opening-window';
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
