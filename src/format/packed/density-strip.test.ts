import { describe, expect, it } from 'vitest';
import { densityLevelFor, lanesOf } from './density-strip';

describe('the density pyramid read for an overview', () => {
  it('gathers the actor rows into one count array per top-level actor, aligned with the buckets', () => {
    const starts = [100, 200, 300];
    const rows = [
      { bucket_ms: 100n, dimension: 'all', key: null, count: 5 },
      { bucket_ms: 100n, dimension: 'actor', key: 'a', count: 3 },
      { bucket_ms: 300n, dimension: 'actor', key: 'a', count: 1 },
      { bucket_ms: 200n, dimension: 'actor', key: 'b', count: 2 },
      { bucket_ms: 200n, dimension: 'status', key: 'confirmed', count: 2 },
      // A bucket the `all` rows do not name is left out.
      { bucket_ms: 400n, dimension: 'actor', key: 'b', count: 9 },
    ];
    expect(lanesOf(rows, starts)).toEqual([
      { key: 'a', counts: [3, 0, 1] },
      { key: 'b', counts: [0, 2, 0] },
    ]);
  });

  it('picks months for decades, days for a short store', () => {
    const year = 365.25 * 86_400_000;
    expect(densityLevelFor({ start: 0, end: 25 * year })).toBe('month');
    expect(densityLevelFor({ start: 0, end: year })).toBe('day');
  });
});
