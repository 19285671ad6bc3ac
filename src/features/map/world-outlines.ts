import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { baseProjection } from './map-projection';

/**
 * A country projected at the base scale, as the shapes worker sends it to the page: its
 * outline as SVG path data (the page makes a Path2D of it), and where its name goes.
 */
export interface CountryOutline {
  readonly name: string;
  readonly d: string;
  readonly labelAt: readonly [number, number];
  /** Width of its largest part at the base scale: a name is drawn once it fits. */
  readonly width: number;
}

/**
 * Country outlines from Natural Earth 1:110m (world-atlas), packaged with the app: the map
 * needs no tile server. Projected once, in a worker (world-shapes-worker.ts): reading the
 * TopoJSON and projecting ~180 countries with d3-geo's resampling is some 50–150 ms, a
 * long frame if the page did it as the map opens.
 */
export function projectWorldOutlines(): CountryOutline[] {
  const topology = countries110m as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const path = geoPath(baseProjection);
  return collection.features.map((country) => {
    // The label goes on the largest part (France's mainland, not French Guiana).
    const parts =
      country.geometry.type === 'MultiPolygon'
        ? country.geometry.coordinates.map((coordinates) => ({
            type: 'Polygon' as const,
            coordinates,
          }))
        : [country.geometry];
    let best = parts[0]!;
    let bestArea = -1;
    for (const part of parts) {
      const area = path.area(part);
      if (area > bestArea) {
        best = part;
        bestArea = area;
      }
    }
    const [[x0], [x1]] = path.bounds(best);
    const [cx, cy] = path.centroid(best);
    return {
      name: country.properties?.name ?? '',
      d: path(country) ?? '',
      labelAt: [cx, cy] as const,
      width: x1 - x0,
    };
  });
}
