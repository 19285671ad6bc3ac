import { geoMercator } from 'd3-geo';
import type { Bbox } from './place-clusters';

/**
 * The map's one projection: Web Mercator with the world 512 pixels wide at scale 1, the
 * size supercluster counts its zoom levels in, so that the map's scale k is supercluster's
 * zoom 2^z. Everything is projected once at this scale; panning and zooming are the
 * transform (x, y, k) from d3-zoom, screen = k · p + (x, y).
 */
export const WORLD_SIZE = 512;
export const MAX_LAT = 85.0511;
export const MAX_SCALE = 2 ** 14;

export const baseProjection = geoMercator()
  .scale(WORLD_SIZE / (2 * Math.PI))
  .translate([0, 0])
  .precision(0.1);

export interface MapTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export function project(lon: number, lat: number): [number, number] {
  return baseProjection([lon, Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))]) ?? [0, 0];
}

export function toScreen(t: MapTransform, lon: number, lat: number): [number, number] {
  const [x, y] = project(lon, lat);
  return [t.k * x + t.x, t.k * y + t.y];
}

/** Supercluster's zoom for a scale. */
export function clusterZoom(k: number): number {
  return Math.max(0, Math.log2(k));
}

/**
 * The longitudes and latitudes on screen, a little beyond, so edge markers do not pop; never
 * inverted (west ≤ east, south ≤ north). The longitudes are read from x directly, not by the
 * projection's invert: that wraps a longitude past ±180° round to the other side (x at −200°
 * came back as +160°), which gave a view near the date line a west edge east of its east edge
 * and made the map's view never settle (report #2, React error #301).
 */
export function viewBbox(t: MapTransform, width: number, height: number, margin = 40): Bbox {
  const lonAt = (sx: number) => clamp((((sx - t.x) / t.k) * 360) / WORLD_SIZE, -180, 180);
  const latAt = (sy: number) =>
    clamp(baseProjection.invert!([0, (sy - t.y) / t.k])?.[1] ?? 0, -90, 90);
  const wide = (width + 2 * margin) / t.k >= WORLD_SIZE;
  const west = wide ? -180 : lonAt(-margin);
  const east = wide ? 180 : lonAt(width + margin);
  const north = latAt(-margin);
  const south = latAt(height + margin);
  return [
    Math.min(west, east),
    Math.min(south, north),
    Math.max(west, east),
    Math.max(south, north),
  ];
}

function clamp(value: number, low: number, high: number): number {
  return Number.isNaN(value) ? low : Math.max(low, Math.min(high, value));
}

/** The whole world that has people in it (80° N to 58° S), fitted to the view. */
export function worldTransform(width: number, height: number): MapTransform {
  const [, top] = project(0, 80);
  const [, bottom] = project(0, -58);
  const k = Math.max(0.1, Math.min(width / WORLD_SIZE, height / (bottom - top)));
  return { k, x: width / 2, y: height / 2 - (k * (top + bottom)) / 2 };
}

/** The transform that puts a point at the centre of the view, keeping the scale. */
export function centredOn(
  t: MapTransform,
  width: number,
  height: number,
  lon: number,
  lat: number,
): MapTransform {
  const [x, y] = project(lon, lat);
  return { k: t.k, x: width / 2 - t.k * x, y: height / 2 - t.k * y };
}
