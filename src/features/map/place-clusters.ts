import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';

/** A marker on the map: one event, or a cluster of nearby events with its count. */
export interface PlaceMarker {
  /** Stable for a cluster at one zoom ("c12") or an event ("e345", its store position). */
  readonly key: string;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  /**
   * For the place's events (`leaves`): supercluster's id, or a negative one for events at a
   * single spot (PlaceClusters); null for one event.
   */
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
/** Web Mercator's limit of latitude, where its y is finite. */
const MERCATOR_LAT = 85.0511;

interface SpotProps {
  /** The spot's index in `Spots`. */
  readonly s: number;
}

/**
 * The distinct coordinates of a store's events ("spots") and each event's spot. Events at the
 * very same spot always cluster together at every zoom, so the clusters are built over spots
 * with their event counts rather than over events: a real store names the same places again
 * and again (the bench's 100,000 events are at ~2,400 spots), and supercluster's cost is per
 * point. Built once per store.
 */
export interface Spots {
  /** Each store position's spot, or -1 when the event has no coordinates. */
  readonly of: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

export function spotsOf(points: ClusterPoints): Spots {
  const of = new Int32Array(points.lon.length).fill(-1);
  const lon: number[] = [];
  const lat: number[] = [];
  const byLon = new Map<number, Map<number, number>>();
  for (let p = 0; p < of.length; p++) {
    const x = points.lon[p]!;
    const y = points.lat[p]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    let byLat = byLon.get(x);
    if (!byLat) byLon.set(x, (byLat = new Map()));
    let spot = byLat.get(y);
    if (spot === undefined) {
      spot = lon.length;
      byLat.set(y, spot);
      lon.push(x);
      lat.push(y);
    }
    of[p] = spot;
  }
  return { of, lon: Float64Array.from(lon), lat: Float64Array.from(lat) };
}

/**
 * Supercluster over the events at `positions`, with the questions the map asks of it.
 * Pure and synchronous; the map runs it in a worker (cluster-worker.ts) so that building
 * it never holds a frame. The index holds one point per spot with events (spotsOf); a cluster's
 * count, centre (weighted by events, as if each event were a point) and events come from its
 * spots. Several events at one spot that no other spot joins are a place that never splits:
 * its `clusterId` is negative (-1 - spot), supercluster's own are not.
 */
export class PlaceClusters {
  private readonly index: Supercluster<SpotProps, Record<string, never>>;
  /** Events per spot in this set, and the spot's events (store positions, ascending) in `members`. */
  private readonly counts: Int32Array;
  private readonly firsts: Int32Array;
  private readonly members: Int32Array;

  constructor(
    private readonly points: ClusterPoints,
    positions: Int32Array,
    private readonly spots: Spots = spotsOf(points),
  ) {
    const spotCount = spots.lon.length;
    const counts = new Int32Array(spotCount);
    let ascending = true;
    for (let i = 0; i < positions.length; i++) {
      const spot = spots.of[positions[i]!]!;
      if (spot >= 0) counts[spot]! += 1;
      if (i > 0 && positions[i]! < positions[i - 1]!) ascending = false;
    }
    const firsts = new Int32Array(spotCount + 1);
    for (let s = 0; s < spotCount; s++) firsts[s + 1] = firsts[s]! + counts[s]!;
    const members = new Int32Array(firsts[spotCount]!);
    const cursor = firsts.slice(0, spotCount);
    for (let i = 0; i < positions.length; i++) {
      const spot = spots.of[positions[i]!]!;
      if (spot >= 0) members[cursor[spot]!++] = positions[i]!;
    }
    if (!ascending)
      for (let s = 0; s < spotCount; s++) members.subarray(firsts[s]!, firsts[s + 1]!).sort();
    this.counts = counts;
    this.firsts = firsts;
    this.members = members;

    this.index = new Supercluster<SpotProps, Record<string, never>>({
      radius: CLUSTER_RADIUS,
      maxZoom: MAX_CLUSTER_ZOOM,
    });
    const features: PointFeature<SpotProps>[] = [];
    for (let s = 0; s < spotCount; s++) {
      if (counts[s] === 0) continue;
      features.push({
        type: 'Feature',
        properties: { s },
        geometry: { type: 'Point', coordinates: [spots.lon[s]!, spots.lat[s]!] },
      });
    }
    this.index.load(features);
  }

  markers(bbox: Bbox, zoom: number): PlaceMarker[] {
    const z = Math.max(0, Math.min(MAX_CLUSTER_ZOOM + 1, Math.floor(zoom)));
    return this.index.getClusters([...bbox], z).map((feature) => {
      const props = feature.properties as Partial<ClusterProperties> & Partial<SpotProps>;
      if (props.cluster && props.cluster_id !== undefined) {
        const id = props.cluster_id;
        const spots = this.spotsOfCluster(id);
        const positions = this.earliest(spots, NAME_SAMPLE);
        const { nameId, mixed } = commonestName(positions, this.points.nameIds);
        const splitZoom = this.index.getClusterExpansionZoom(id);
        return {
          key: `c${id}`,
          ...this.centreOf(spots),
          clusterId: id,
          splitZoom: splitZoom > MAX_CLUSTER_ZOOM ? null : splitZoom,
          nameId,
          mixedNames: mixed,
          sample: positions.slice(0, TITLE_SAMPLE),
        };
      }
      const s = props.s!;
      const lon = this.spots.lon[s]!;
      const lat = this.spots.lat[s]!;
      const count = this.counts[s]!;
      const positions = this.earliest([s], NAME_SAMPLE);
      if (count === 1) {
        const p = positions[0]!;
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
      }
      const { nameId, mixed } = commonestName(positions, this.points.nameIds);
      return {
        key: `s${s}`,
        lon,
        lat,
        count,
        clusterId: -1 - s,
        splitZoom: null,
        nameId,
        mixedNames: mixed,
        sample: positions.slice(0, TITLE_SAMPLE),
      };
    });
  }

  /** Store positions of a cluster's events, in time order (positions are time order). */
  leaves(clusterId: number, limit: number): number[] {
    return this.earliest(clusterId < 0 ? [-1 - clusterId] : this.spotsOfCluster(clusterId), limit);
  }

  private spotsOfCluster(clusterId: number): number[] {
    return this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.s);
  }

  /** The first `limit` events of the spots, by store position: a merge of their sorted lists. */
  private earliest(spots: readonly number[], limit: number): number[] {
    const next = spots.map((s) => this.firsts[s]!);
    const result: number[] = [];
    while (result.length < limit) {
      let best = -1;
      let bestPosition = Infinity;
      for (let i = 0; i < spots.length; i++) {
        if (next[i]! >= this.firsts[spots[i]! + 1]!) continue;
        const position = this.members[next[i]!]!;
        if (position < bestPosition) {
          best = i;
          bestPosition = position;
        }
      }
      if (best < 0) break;
      result.push(bestPosition);
      next[best]! += 1;
    }
    return result;
  }

  /** Events and centre of spots: the mean of their events' Web Mercator positions. */
  private centreOf(spots: readonly number[]): { lon: number; lat: number; count: number } {
    let count = 0;
    let x = 0;
    let y = 0;
    for (const s of spots) {
      const n = this.counts[s]!;
      const sin = Math.sin(
        (Math.max(-MERCATOR_LAT, Math.min(MERCATOR_LAT, this.spots.lat[s]!)) * Math.PI) / 180,
      );
      count += n;
      x += n * this.spots.lon[s]!;
      y += n * Math.log((1 + sin) / (1 - sin));
    }
    const lat = (Math.atan(Math.sinh(y / count / 2)) * 180) / Math.PI;
    return { lon: x / count, lat, count };
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
