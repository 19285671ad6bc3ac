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

/** The longitudes and latitudes on screen, a little beyond, so edge markers do not pop. */
export function viewBbox(t: MapTransform, width: number, height: number, margin = 40): Bbox {
  const corner = (sx: number, sy: number) =>
    baseProjection.invert!([(sx - t.x) / t.k, (sy - t.y) / t.k]) ?? [0, 0];
  const [west, north] = corner(-margin, -margin);
  const [east, south] = corner(width + margin, height + margin);
  const wide = (width + 2 * margin) / t.k >= WORLD_SIZE;
  return [
    wide ? -180 : Math.max(-180, west),
    Math.max(-90, south),
    wide ? 180 : Math.min(180, east),
    Math.min(90, north),
  ];
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
