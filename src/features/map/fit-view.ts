import { type MapTransform, project, worldTransform } from './map-projection';

/** The longitudes and latitudes a set of places spans (west ≤ east, south ≤ north). */
export interface GeoBounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * The closest a first view comes: 2^6, a few hundred kilometres across a phone. A store
 * whose events are all at one spot would otherwise be fitted to a street, where the 1:110m
 * outlines say nothing of where it is.
 */
export const FIT_MAX_SCALE = 2 ** 6;

/** Room left round the places: half the largest place's dot, and some. */
const FIT_PADDING = 40;

/**
 * A fitted view less than this much closer than the world's is the world's: places that
 * nearly span it are better seen whole, as `Whole world` shows it, than with the far north
 * and south cut off to gain a few pixels.
 */
const WORLD_SNAP = 1.5;

/** The bounds of the places at these store positions, or null when there are none. */
export function boundsOfPositions(
  lon: Float64Array,
  lat: Float64Array,
  positions: Int32Array,
): GeoBounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let i = 0; i < positions.length; i++) {
    const x = lon[positions[i]!]!;
    const y = lat[positions[i]!]!;
    // An event without coordinates is NaN there, and compares false both ways.
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) continue;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return west <= east ? { west, south, east, north } : null;
}

/** The bounds that take in both. */
export function unionBounds(a: GeoBounds, b: GeoBounds): GeoBounds {
  return {
    west: Math.min(a.west, b.west),
    south: Math.min(a.south, b.south),
    east: Math.max(a.east, b.east),
    north: Math.max(a.north, b.north),
  };
}

/** Whether `outer` takes in every place of `inner`. */
export function containsBounds(outer: GeoBounds, inner: GeoBounds): boolean {
  return (
    outer.west <= inner.west &&
    outer.south <= inner.south &&
    outer.east >= inner.east &&
    outer.north >= inner.north
  );
}

/** The bounds grown to take in one more place. */
export function withPlace(bounds: GeoBounds | null, lon: number, lat: number): GeoBounds {
  const place = { west: lon, south: lat, east: lon, north: lat };
  return bounds ? unionBounds(bounds, place) : place;
}

/**
 * The view that shows every place in `bounds` on a surface of this size, with room round
 * them, no closer than FIT_MAX_SCALE; places that need (nearly) the world's view get the
 * world's view (`worldTransform`).
 */
export function fitTransform(bounds: GeoBounds, width: number, height: number): MapTransform {
  const world = worldTransform(width, height);
  const [left, top] = project(bounds.west, bounds.north);
  const [right, bottom] = project(bounds.east, bounds.south);
  // On a small surface the padding would leave nothing: at most a quarter of each side.
  const padX = Math.min(FIT_PADDING, width / 4);
  const padY = Math.min(FIT_PADDING, height / 4);
  const k = Math.min(
    FIT_MAX_SCALE,
    right > left ? (width - 2 * padX) / (right - left) : Infinity,
    bottom > top ? (height - 2 * padY) / (bottom - top) : Infinity,
  );
  if (k < world.k * WORLD_SNAP) return world;
  return {
    k,
    x: width / 2 - (k * (left + right)) / 2,
    y: height / 2 - (k * (top + bottom)) / 2,
  };
}
