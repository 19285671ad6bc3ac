import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import type { TimeWindow } from '../../lib/time-window';
import { ClusterClient } from './cluster-client';
import { locatedEventsOf, positionsInWindow, storePlacesOf } from './located-events';
import type { Bbox, PlaceMarker } from './place-clusters';

/** How often, at most, a moving timeline re-clusters the map. */
const FOLLOW_MS = 120;

export interface PlaceMarkers {
  readonly markers: readonly PlaceMarker[];
  /** Located events in the window (the clustered set), or null before the first answer. */
  readonly inWindow: number | null;
  readonly names: readonly string[];
  readonly leaves: (clusterId: number, limit: number) => Promise<readonly number[]>;
}

/**
 * The markers for the filtered events in the timeline's window, clustered in a worker for
 * the part of the world in `view`. The timeline's window moves every frame while dragged;
 * the map follows at most every FOLLOW_MS.
 */
export function usePlaceMarkers(
  index: StoreIndex,
  events: readonly StoreEvent[],
  window: TimeWindow | null,
  view: { bbox: Bbox; zoom: number } | null,
): PlaceMarkers {
  const places = useMemo(() => storePlacesOf(index), [index]);
  const located = useMemo(() => locatedEventsOf(index, places, events), [index, places, events]);
  const [answer, setAnswer] = useState<{
    markers: readonly PlaceMarker[];
    inWindow: number;
  } | null>(null);
  const clientRef = useRef<ClusterClient | null>(null);
  const loadedCount = useRef(new Map<number, number>());

  useEffect(() => {
    const counts = loadedCount.current;
    const client = new ClusterClient((reply) =>
      setAnswer({ markers: reply.markers, inWindow: counts.get(reply.generation) ?? 0 }),
    );
    client.setPoints(places);
    clientRef.current = client;
    return () => {
      client.close();
      clientRef.current = null;
      counts.clear();
    };
  }, [places]);

  useEffect(() => {
    if (!window) return;
    const timer = setTimeout(() => {
      const client = clientRef.current;
      if (!client) return;
      const positions = positionsInWindow(located, window);
      const generation = client.load(positions);
      loadedCount.current.set(generation, positions.length);
    }, FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [located, window, places]);

  const bbox = view?.bbox;
  const zoom = view?.zoom;
  useEffect(() => {
    if (bbox && zoom !== undefined) clientRef.current?.setView(bbox, zoom);
  }, [bbox, zoom, places]);

  return {
    markers: answer?.markers ?? [],
    inWindow: answer ? answer.inWindow : null,
    names: places.names,
    leaves: (clusterId, limit) =>
      clientRef.current?.leaves(clusterId, limit) ?? Promise.resolve([]),
  };
}
