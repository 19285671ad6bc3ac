import { describe, expect, it } from 'vitest';
import { buildStoreIndex } from '../../lib/store-index';
import { fixtureStore } from '../../lib/testing/fixture-store';
import type { DensityStrip } from '../../format/packed/density-strip';
import { pyramidItems } from './pyramid-items';

const store = fixtureStore();
const index = buildStoreIndex({ ...store, events: [] });
const [first, second] = index.laneIds;
const month = (year: number, m: number) => Date.UTC(year, m - 1, 1);

describe('pyramidItems', () => {
  it('draws each lane’s counts from the pyramid, summed into bins, lanes in the store’s order', () => {
    const starts = [month(2000, 1), month(2000, 2), month(2005, 6), month(2010, 3)];
    const density: DensityStrip = {
      level: 'month',
      starts,
      counts: [30, 20, 5, 7],
      lanes: [
        { key: second!, counts: [0, 0, 5, 0] },
        { key: first!, counts: [30, 20, 0, 7] },
        { key: 'not-an-actor', counts: [1, 1, 1, 1] },
      ],
    };
    const { items, groups } = pyramidItems(
      density,
      index,
      { start: month(1999, 1), end: month(2012, 1) },
      'en',
      800,
    );
    expect(groups.map((group) => group.id)).toEqual([first, second]);
    const [lane] = items;
    expect(lane!.group).toBe(first);
    expect(lane!.count).toBe(57);
    // January and February 2000 fall in one bin (a year or more wide at this span).
    expect(lane!.bins[0]!.count).toBe(50);
    expect(lane!.bins[0]!.density).toBe(1);
    expect(lane!.bins.at(-1)!.count).toBe(7);
    expect(items[1]!.count).toBe(5);
  });

  it('leaves out lanes with no events in range', () => {
    const density: DensityStrip = {
      level: 'month',
      starts: [month(2000, 1)],
      counts: [3],
      lanes: [{ key: first!, counts: [3] }],
    };
    const far = pyramidItems(
      density,
      index,
      { start: month(2020, 1), end: month(2030, 1) },
      'en',
      null,
    );
    expect(far.items).toEqual([]);
    expect(far.groups).toEqual([]);
  });
});
