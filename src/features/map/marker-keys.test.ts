import { describe, expect, it } from 'vitest';
import { MarkerKeys } from './marker-keys';
import { type ClusterPoints, PlaceClusters } from './place-clusters';

// Events 0–9 in and around Pyongyang, 10–14 in New York, 15–17 in Seoul (close enough to
// Pyongyang to join it when the world is seen whole), in time order.
const spots = [
  ...Array.from({ length: 10 }, (_, i) => [125.75 + i * 0.001, 39.02, 0] as const),
  ...Array.from({ length: 5 }, (_, i) => [-73.968 - i * 0.001, 40.749, 1] as const),
  ...Array.from({ length: 3 }, () => [126.98, 37.57, 2] as const),
];
const points: ClusterPoints = {
  lon: Float64Array.from(spots, ([lon]) => lon),
  lat: Float64Array.from(spots, ([, lat]) => lat),
  nameIds: Int32Array.from(spots, ([, , name]) => name),
};
const WORLD = [-180, -85, 180, 85] as const;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** The markers of a window of events, as the worker answers them: clustered, then keyed. */
function answer(keys: MarkerKeys, positions: number[], zoom: number) {
  const markers = new PlaceClusters(points, Int32Array.from(positions)).markers(WORLD, zoom);
  return keys.assign(markers, zoom);
}
const byName = (markers: { nameId: number; key: string }[], nameId: number) =>
  markers.find((marker) => marker.nameId === nameId)!.key;

describe('MarkerKeys', () => {
  it('keeps a cluster’s key while the window moves and events enter and leave it', () => {
    const keys = new MarkerKeys();
    // The timeline moving on: the first events leave the window, later ones come in.
    const first = answer(keys, [...range(0, 6), ...range(10, 13)], 6);
    const second = answer(keys, [...range(2, 9), ...range(11, 15)], 6);
    const third = answer(keys, [...range(4, 10), ...range(12, 15)], 6);
    expect(first.map((marker) => marker.count).sort()).toEqual([3, 6]);
    expect(second.map((marker) => marker.count).sort()).toEqual([4, 7]);
    for (const later of [second, third]) {
      expect(byName(later, 0)).toBe(byName(first, 0));
      expect(byName(later, 1)).toBe(byName(first, 1));
    }
    expect(byName(first, 0)).not.toBe(byName(first, 1));
  });

  it('gives a place that was not there a key no other place has', () => {
    const keys = new MarkerKeys();
    const first = answer(keys, range(0, 6), 6);
    const second = answer(keys, [...range(0, 6), ...range(15, 18)], 6);
    const seoul = byName(second, 2);
    expect(byName(second, 0)).toBe(byName(first, 0));
    expect(seoul).not.toBe(byName(second, 0));
    // Seoul leaving and coming back is a new place; its old key is not handed to another.
    answer(keys, range(0, 6), 6);
    const again = answer(keys, [...range(0, 6), ...range(15, 18)], 6);
    expect(new Set(again.map((marker) => marker.key)).size).toBe(again.length);
  });

  it('takes each earlier key once, for the nearest cluster', () => {
    const keys = new MarkerKeys();
    // Whole world: Seoul is part of Pyongyang's cluster. Closer in it is a place of its own;
    // a new zoom is new places, whatever was near before.
    const world = answer(keys, [...range(0, 6), ...range(15, 18)], 0);
    expect(world).toHaveLength(1);
    const closer = answer(keys, [...range(0, 6), ...range(15, 18)], 6);
    expect(closer).toHaveLength(2);
    expect(closer.map((marker) => marker.key)).not.toContain(world[0]!.key);
    const moved = answer(keys, [...range(1, 6), ...range(15, 18)], 6);
    expect(moved.map((marker) => marker.key).sort()).toEqual(
      closer.map((marker) => marker.key).sort(),
    );
  });

  it('leaves a single event keyed by its store position', () => {
    const keys = new MarkerKeys();
    const [one] = answer(keys, [12], 6);
    expect(one).toMatchObject({ key: 'e12', clusterId: null, count: 1 });
  });
});
