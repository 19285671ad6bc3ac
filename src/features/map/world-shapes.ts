import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { baseProjection } from './map-projection';

/** A country ready to draw: its outline at the base scale, and where its name goes. */
export interface CountryShape {
  readonly name: string;
  readonly path: Path2D;
  readonly labelAt: readonly [number, number];
  /** Width of its largest part at the base scale: a name is drawn once it fits. */
  readonly width: number;
}

/**
 * Country outlines from Natural Earth 1:110m (world-atlas), packaged with the app: the map
 * needs no tile server. Projected once; the view only scales and moves them.
 */
export function loadWorldShapes(): readonly CountryShape[] {
  const topology = countries110m as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const path = geoPath(baseProjection);
  return collection.features.map((country) => {
    const outline = new Path2D(path(country) ?? '');
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
      path: outline,
      labelAt: [cx, cy] as const,
      width: x1 - x0,
    };
  });
}
