import { describe, expect, it } from 'vitest';
import {
  FIT_MAX_SCALE,
  boundsOfPositions,
  containsBounds,
  fitTransform,
  unionBounds,
  withPlace,
} from './fit-view';
import { toScreen, worldTransform } from './map-projection';

/** Places of an OSINT tester's incidents, all in Ukraine (report item 4). */
const UKRAINE = {
  kyiv: [30.52, 50.45],
  kharkiv: [36.23, 49.99],
  odesa: [30.72, 46.48],
  lviv: [24.03, 49.84],
  mariupol: [37.54, 47.1],
} as const;

function arrays(places: readonly (readonly [number, number])[]) {
  return {
    lon: Float64Array.from(places.map(([lon]) => lon)),
    lat: Float64Array.from(places.map(([, lat]) => lat)),
  };
}

describe('boundsOfPositions', () => {
  it('spans the places at the positions given, and only those', () => {
    const { lon, lat } = arrays([UKRAINE.kyiv, [-74, 40.7], UKRAINE.kharkiv, UKRAINE.odesa]);
    expect(boundsOfPositions(lon, lat, Int32Array.of(0, 2, 3))).toEqual({
      west: 30.52,
      south: 46.48,
      east: 36.23,
      north: 50.45,
    });
  });

  it('passes over events without coordinates, and is null when none has any', () => {
    const lon = Float64Array.of(Number.NaN, 30.52, Number.NaN);
    const lat = Float64Array.of(Number.NaN, 50.45, Number.NaN);
    expect(boundsOfPositions(lon, lat, Int32Array.of(0, 1, 2))).toEqual({
      west: 30.52,
      south: 50.45,
      east: 30.52,
      north: 50.45,
    });
    expect(boundsOfPositions(lon, lat, Int32Array.of(0, 2))).toBeNull();
    expect(boundsOfPositions(lon, lat, new Int32Array(0))).toBeNull();
  });
});

describe('withPlace', () => {
  it('grows the bounds to take in a place outside them, or starts them', () => {
    const bounds = { west: 30, south: 46, east: 36, north: 50 };
    expect(withPlace(bounds, -74, 40.7)).toEqual({ west: -74, south: 40.7, east: 36, north: 50 });
    expect(withPlace(bounds, 32, 48)).toEqual(bounds);
    expect(withPlace(null, 32, 48)).toEqual({ west: 32, south: 48, east: 32, north: 48 });
  });
});

describe('fitTransform', () => {
  const sizes = [
    { width: 780, height: 300 }, // the map under the timeline at 1280×800
    { width: 388, height: 470 }, // a phone's map
  ];

  it.each(sizes)(
    'puts every place of a country on screen, inside the padding, closer than the world ($width×$height)',
    ({ width, height }) => {
      const { lon, lat } = arrays(Object.values(UKRAINE));
      const bounds = boundsOfPositions(lon, lat, Int32Array.of(0, 1, 2, 3, 4))!;
      const view = fitTransform(bounds, width, height);
      // Kyiv and Kharkiv, 410 km apart, more than a cluster's 44 px apart: separate places.
      expect(view.k).toBeGreaterThan(worldTransform(width, height).k * 8);
      for (const [placeLon, placeLat] of Object.values(UKRAINE)) {
        const [x, y] = toScreen(view, placeLon, placeLat);
        expect(x).toBeGreaterThanOrEqual(39.99);
        expect(x).toBeLessThanOrEqual(width - 39.99);
        expect(y).toBeGreaterThanOrEqual(39.99);
        expect(y).toBeLessThanOrEqual(height - 39.99);
      }
      const [kyivX, kyivY] = toScreen(view, ...UKRAINE.kyiv);
      const [kharkivX, kharkivY] = toScreen(view, ...UKRAINE.kharkiv);
      expect(Math.hypot(kharkivX - kyivX, kharkivY - kyivY)).toBeGreaterThan(44);
    },
  );

  it('fills the view along the wider side of the places: one side touches the padding', () => {
    const bounds = { west: 24.03, south: 46.48, east: 37.54, north: 50.45 };
    const view = fitTransform(bounds, 780, 300);
    const [left, top] = toScreen(view, bounds.west, bounds.north);
    const [right, bottom] = toScreen(view, bounds.east, bounds.south);
    const tight = Math.min(left - 40, 780 - 40 - right, top - 40, 300 - 40 - bottom);
    expect(tight).toBeCloseTo(0, 6);
    // And the places are in the middle.
    expect((left + right) / 2).toBeCloseTo(390, 6);
    expect((top + bottom) / 2).toBeCloseTo(150, 6);
  });

  it('centres one spot at the closest first view, not a street', () => {
    const view = fitTransform(withPlace(null, ...UKRAINE.kharkiv), 780, 300);
    expect(view.k).toBe(FIT_MAX_SCALE);
    const [x, y] = toScreen(view, ...UKRAINE.kharkiv);
    expect(x).toBeCloseTo(390, 6);
    expect(y).toBeCloseTo(150, 6);
  });

  it('stops at the same closest view for places a few streets apart', () => {
    const view = fitTransform({ west: 36.2, south: 49.98, east: 36.25, north: 50 }, 388, 470);
    expect(view.k).toBe(FIT_MAX_SCALE);
  });

  it.each(sizes)(
    'gives the whole world when the places span it ($width×$height)',
    ({ width, height }) => {
      const world = worldTransform(width, height);
      expect(
        fitTransform({ west: -122.4, south: -33.9, east: 151.2, north: 64.1 }, width, height),
      ).toEqual(world);
      // Places at both of the world's ends of longitude, at one latitude.
      expect(fitTransform({ west: -170, south: 10, east: 170, north: 10 }, width, height)).toEqual(
        world,
      );
    },
  );

  it('leaves the padding on a surface too small for it', () => {
    const view = fitTransform({ west: 24, south: 46, east: 38, north: 51 }, 100, 60);
    expect(Number.isFinite(view.k)).toBe(true);
    const [left] = toScreen(view, 24, 51);
    const [right] = toScreen(view, 38, 46);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(100);
  });
});

describe('unionBounds and containsBounds', () => {
  const ukraine = { west: 30.52, south: 46.48, east: 38, north: 50.91 };
  const newYork = { west: -74, south: 40.75, east: -74, north: 40.75 };

  it('takes in both, and each is inside the union', () => {
    const both = unionBounds(ukraine, newYork);
    expect(both).toEqual({ west: -74, south: 40.75, east: 38, north: 50.91 });
    expect(containsBounds(both, ukraine)).toBe(true);
    expect(containsBounds(both, newYork)).toBe(true);
  });

  it('says a place beyond any edge is not inside', () => {
    expect(containsBounds(ukraine, newYork)).toBe(false);
    expect(containsBounds(ukraine, { ...ukraine, north: 51 })).toBe(false);
    expect(containsBounds(ukraine, ukraine)).toBe(true);
    expect(containsBounds(ukraine, { west: 31, south: 47, east: 32, north: 48 })).toBe(true);
  });
});
