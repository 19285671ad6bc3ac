import { describe, expect, it } from 'vitest';
import { binIndexFrom, nextBinIndex } from './aggregate-keys';
import type { AggregateBin } from './timeline-items';

const bin = (start: number, end: number): AggregateBin => ({
  start,
  end,
  count: 1,
  density: 1,
  label: '1',
});

// Five bins with events; a window from 250 to 750 shows the second to the fourth.
const bins = [bin(0, 100), bin(200, 300), bin(400, 500), bin(600, 700), bin(900, 1_000)];
const view = { start: 250, end: 750 };

describe('nextBinIndex', () => {
  it('steps to the neighbouring bin with the arrows, right and up forward', () => {
    expect(nextBinIndex(bins, 2, 'ArrowRight', view)).toBe(3);
    expect(nextBinIndex(bins, 2, 'ArrowUp', view)).toBe(3);
    expect(nextBinIndex(bins, 2, 'ArrowLeft', view)).toBe(1);
    expect(nextBinIndex(bins, 2, 'ArrowDown', view)).toBe(1);
  });

  it('stays among the bins in view, which a pointer could click', () => {
    expect(nextBinIndex(bins, 3, 'ArrowRight', view)).toBe(3);
    expect(nextBinIndex(bins, 1, 'ArrowLeft', view)).toBe(1);
    expect(nextBinIndex(bins, 0, 'Home', view)).toBe(1);
    expect(nextBinIndex(bins, 0, 'End', view)).toBe(3);
    // A current bin the window has left (a pan): the arrows bring it back into view.
    expect(nextBinIndex(bins, 4, 'ArrowRight', view)).toBe(3);
    expect(nextBinIndex(bins, 0, 'ArrowRight', view)).toBe(1);
  });

  it('counts a bin cut by the window as in view', () => {
    expect(nextBinIndex(bins, 1, 'Home', { start: 50, end: 450 })).toBe(0);
    expect(nextBinIndex(bins, 1, 'End', { start: 50, end: 450 })).toBe(2);
  });

  it('moves nothing for other keys, or when no bin is in view', () => {
    expect(nextBinIndex(bins, 2, 'Enter', view)).toBeNull();
    expect(nextBinIndex(bins, 2, 'a', view)).toBeNull();
    expect(nextBinIndex(bins, 2, 'ArrowRight', { start: 720, end: 880 })).toBeNull();
    expect(nextBinIndex([], 0, 'Home', view)).toBeNull();
  });
});

describe('binIndexFrom', () => {
  it('finds the bin holding a time, else the next with events, else the last', () => {
    expect(binIndexFrom(bins, 0)).toBe(0);
    expect(binIndexFrom(bins, 450)).toBe(2);
    // Between bins: a period zoomed into, counted finer, whose first days have no events.
    expect(binIndexFrom(bins, 150)).toBe(1);
    expect(binIndexFrom(bins, 1_500)).toBe(4);
  });
});
