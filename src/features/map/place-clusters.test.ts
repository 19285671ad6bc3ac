import { describe, expect, it } from 'vitest';
import { type ClusterPoints, PlaceClusters, spotsOf } from './place-clusters';

// Six events in Pyongyang, one on Kim Il Sung Square (300 m away), one at Vostochny, one
// in New York. Names: 0 Pyongyang, 1 Kim Il Sung Square, 2 Vostochny, 3 New York.
const spots = [
  [125.75, 39.02, 0],
  [125.75, 39.02, 0],
  [125.7537, 39.0194, 1],
  [125.75, 39.02, 0],
  [128.33, 51.88, 2],
  [125.75, 39.02, 0],
  [-73.968, 40.749, 3],
  [125.75, 39.02, 0],
  [125.75, 39.02, 0],
] as const;
const points: ClusterPoints = {
  lon: Float64Array.from(spots, ([lon]) => lon),
  lat: Float64Array.from(spots, ([, lat]) => lat),
  nameIds: Int32Array.from(spots, ([, , name]) => name),
};
const WORLD = [-180, -85, 180, 85] as const;
const all = (...positions: number[]) => Int32Array.from(positions);

describe('PlaceClusters', () => {
  it('gathers nearby events into a cluster with its count, named by its commonest place', () => {
    const clusters = new PlaceClusters(points, all(0, 1, 2, 3, 4, 5, 6, 7, 8));
    const markers = clusters.markers(WORLD, 0);
    const counts = markers.map((marker) => marker.count).sort((a, b) => a - b);
    expect(counts).toEqual([1, 8]);
    const korea = markers.find((marker) => marker.count === 8)!;
    expect(korea.nameId).toBe(0);
    expect(korea.mixedNames).toBe(true);
    expect(korea.clusterId).not.toBeNull();
    expect(korea.sample).toEqual([0, 1]);
    const newYork = markers.find((marker) => marker.count === 1)!;
    expect(newYork).toMatchObject({ key: 'e6', nameId: 3, clusterId: null, sample: [6] });
  });

  it('splits clusters as the zoom grows, down to events at one spot', () => {
    const clusters = new PlaceClusters(points, all(0, 1, 2, 3, 4, 5, 7, 8));
    const [korea] = clusters.markers(WORLD, 0);
    expect(korea!.splitZoom).not.toBeNull();
    const closer = clusters
      .markers(WORLD, 5)
      .map((marker) => marker.count)
      .sort((a, b) => a - b);
    expect(closer).toEqual([1, 7]);
    const street = clusters
      .markers(WORLD, 16)
      .map((marker) => marker.count)
      .sort((a, b) => a - b);
    expect(street).toEqual([1, 1, 6]);
    // Six events at the very same spot never split: there is nothing to zoom in to.
    const spot = clusters.markers(WORLD, 16).find((marker) => marker.count === 6)!;
    expect(spot.splitZoom).toBeNull();
    expect(spot.mixedNames).toBe(false);
  });

  it('lists a cluster’s events in time (store) order, up to a limit', () => {
    const clusters = new PlaceClusters(points, all(8, 7, 5, 3, 2, 1, 0));
    const [spot] = clusters.markers(WORLD, 0);
    expect(clusters.leaves(spot!.clusterId!, 50)).toEqual([0, 1, 2, 3, 5, 7, 8]);
    expect(clusters.leaves(spot!.clusterId!, 3)).toHaveLength(3);
  });

  it('answers only for the area asked', () => {
    const clusters = new PlaceClusters(points, all(0, 4, 6));
    const americas = clusters.markers([-130, 0, -30, 70], 3);
    expect(americas.map((marker) => marker.key)).toEqual(['e6']);
  });

  it('counts and centres a cluster by its events, not by its spots', () => {
    const clusters = new PlaceClusters(points, all(0, 1, 2, 3, 5, 7, 8));
    const [korea] = clusters.markers(WORLD, 5);
    expect(korea!.count).toBe(7);
    // Six events at 125.75 and one at 125.7537: the centre sits by the six.
    expect(korea!.lon).toBeCloseTo((6 * 125.75 + 125.7537) / 7, 6);
    expect(korea!.lat).toBeCloseTo((6 * 39.02 + 39.0194) / 7, 4);
  });

  it('makes the events at one spot a place of their own, listed in time order', () => {
    const clusters = new PlaceClusters(points, all(8, 7, 5, 3, 1, 0));
    const [spot] = clusters.markers(WORLD, 16);
    expect(spot).toMatchObject({ count: 6, splitZoom: null, sample: [0, 1], nameId: 0 });
    expect(spot!.clusterId).toBeLessThan(0);
    expect(clusters.leaves(spot!.clusterId!, 50)).toEqual([0, 1, 3, 5, 7, 8]);
    expect(clusters.leaves(spot!.clusterId!, 2)).toEqual([0, 1]);
  });
});

describe('spotsOf', () => {
  it('gives events at the very same coordinates one spot, and none to an event without', () => {
    const spots = spotsOf({
      lon: Float64Array.from([1, 2, 1, Number.NaN, 1]),
      lat: Float64Array.from([5, 5, 5, Number.NaN, 6]),
      nameIds: Int32Array.from([0, 0, 0, -1, 0]),
    });
    expect([...spots.of]).toEqual([0, 1, 0, -1, 2]);
    expect([...spots.lon]).toEqual([1, 2, 1]);
    expect([...spots.lat]).toEqual([5, 5, 6]);
  });
});
