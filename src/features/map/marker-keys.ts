import { CLUSTER_RADIUS, type PlaceMarker } from './place-clusters';

/** supercluster's world at zoom 0, in pixels: its radius is counted in these. */
const TILE_PX = 512;

interface KeyedCluster {
  readonly key: string;
  /** Web Mercator, the world as [0, 1]². */
  readonly x: number;
  readonly y: number;
}

/**
 * Keys that name the same place from one answer of the worker to the next, so that the map
 * updates a place's control in place instead of replacing it.
 *
 * supercluster numbers a cluster by where its first point sits in the index and by how many
 * points were loaded, so every new window (the timeline moving) gave every cluster a new id,
 * and React removed and recreated every place's button at each answer: DOM churn in the
 * frames while the timeline moves, and a focused place (or a screen reader's cursor on it)
 * lost. A cluster of this answer takes the key of the nearest cluster of the previous answer
 * at the same zoom, within the clustering radius: the same gathering of events, give or take
 * those that entered or left the window. A single event's key is its store position already.
 */
export class MarkerKeys {
  private previous: { zoom: number; clusters: KeyedCluster[] } | null = null;
  private issued = 0;

  /** The markers of a new answer, keyed; `zoom` is the one they were clustered at. */
  assign(markers: readonly PlaceMarker[], zoom: number): PlaceMarker[] {
    const level = Math.floor(zoom);
    const earlier = this.previous?.zoom === level ? this.previous.clusters : [];
    const radius = CLUSTER_RADIUS / (TILE_PX * 2 ** level);
    const clusters = markers
      .map((marker, at) => ({ marker, at, ...mercator(marker.lon, marker.lat) }))
      .filter(({ marker }) => marker.clusterId !== null);

    // Nearest pairs first, each key and each cluster taken once.
    const pairs: { cluster: number; earlier: number; distance: number }[] = [];
    clusters.forEach((cluster, c) => {
      earlier.forEach((old, e) => {
        const distance = Math.hypot(cluster.x - old.x, cluster.y - old.y);
        if (distance <= radius) pairs.push({ cluster: c, earlier: e, distance });
      });
    });
    pairs.sort((a, b) => a.distance - b.distance);
    const keyOf = new Map<number, string>();
    const taken = new Set<number>();
    for (const pair of pairs) {
      if (keyOf.has(pair.cluster) || taken.has(pair.earlier)) continue;
      keyOf.set(pair.cluster, earlier[pair.earlier]!.key);
      taken.add(pair.earlier);
    }

    const keyed = [...markers];
    const kept: KeyedCluster[] = [];
    clusters.forEach((cluster, c) => {
      const key = keyOf.get(c) ?? `c${++this.issued}`;
      keyed[cluster.at] = { ...cluster.marker, key };
      kept.push({ key, x: cluster.x, y: cluster.y });
    });
    this.previous = { zoom: level, clusters: kept };
    return keyed;
  }

  /** A new store: nothing of the old one is the same place. */
  reset() {
    this.previous = null;
  }
}

function mercator(lon: number, lat: number): { x: number; y: number } {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return {
    x: lon / 360 + 0.5,
    y: 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI,
  };
}
