import Supercluster, { type ClusterProperties } from 'supercluster';

/** A marker on the map: one event, or a cluster of nearby events with its count. */
export interface PlaceMarker {
  /** Stable for a cluster at one zoom ("c12") or an event ("e345", its store position). */
  readonly key: string;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  /** Supercluster's id, for its leaves and the zoom at which it splits; null for one event. */
  readonly clusterId: number | null;
  /** The zoom at which the cluster splits, or null when it never does (all at one spot). */
  readonly splitZoom: number | null;
  /** The commonest place name among the events sampled, as an index into the names table. */
  readonly nameId: number;
  /** Whether the sampled events are at more than one named place. */
  readonly mixedNames: boolean;
  /** Store positions of the first events, in time order, for the control's name. */
  readonly sample: readonly number[];
}

export interface ClusterPoints {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly nameIds: Int32Array;
}

export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** Cluster radius, in pixels of a 512-pixel world at zoom 0 (supercluster's default extent). */
export const CLUSTER_RADIUS = 44;
export const MAX_CLUSTER_ZOOM = 16;
/** Events looked at to name a cluster: enough to find the commonest name, bounded. */
const NAME_SAMPLE = 64;
const TITLE_SAMPLE = 2;

interface PointProps {
  readonly p: number;
}

/**
 * Supercluster over the events at `positions`, with the questions the map asks of it.
 * Pure and synchronous; the map runs it in a worker (cluster-worker.ts) so that building
 * it for 100,000 events never holds a frame.
 */
export class PlaceClusters {
  private readonly index: Supercluster<PointProps, Record<string, never>>;

  constructor(
    private readonly points: ClusterPoints,
    positions: Int32Array,
  ) {
    this.index = new Supercluster<PointProps, Record<string, never>>({
      radius: CLUSTER_RADIUS,
      maxZoom: MAX_CLUSTER_ZOOM,
    });
    const features = Array.from(positions, (p) => ({
      type: 'Feature' as const,
      properties: { p },
      geometry: { type: 'Point' as const, coordinates: [points.lon[p]!, points.lat[p]!] },
    }));
    this.index.load(features);
  }

  markers(bbox: Bbox, zoom: number): PlaceMarker[] {
    const z = Math.max(0, Math.min(MAX_CLUSTER_ZOOM + 1, Math.floor(zoom)));
    return this.index.getClusters([...bbox], z).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
      if (props.cluster && props.cluster_id !== undefined) {
        const id = props.cluster_id;
        const positions = this.leaves(id, NAME_SAMPLE);
        const { nameId, mixed } = commonestName(positions, this.points.nameIds);
        const splitZoom = this.index.getClusterExpansionZoom(id);
        return {
          key: `c${id}`,
          lon,
          lat,
          count: props.point_count ?? positions.length,
          clusterId: id,
          splitZoom: splitZoom > MAX_CLUSTER_ZOOM ? null : splitZoom,
          nameId,
          mixedNames: mixed,
          sample: positions.slice(0, TITLE_SAMPLE),
        };
      }
      const p = props.p!;
      return {
        key: `e${p}`,
        lon,
        lat,
        count: 1,
        clusterId: null,
        splitZoom: null,
        nameId: this.points.nameIds[p]!,
        mixedNames: false,
        sample: [p],
      };
    });
  }

  /** Store positions of a cluster's events, in time order (positions are time order). */
  leaves(clusterId: number, limit: number): number[] {
    return this.index
      .getLeaves(clusterId, limit)
      .map((leaf) => leaf.properties.p)
      .sort((a, b) => a - b);
  }
}

function commonestName(
  positions: readonly number[],
  nameIds: Int32Array,
): { nameId: number; mixed: boolean } {
  const counts = new Map<number, number>();
  for (const p of positions) {
    const id = nameIds[p]!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [id, count] of counts) {
    if (count > bestCount || (count === bestCount && id < best)) {
      best = id;
      bestCount = count;
    }
  }
  return { nameId: best, mixed: counts.size > 1 };
}
