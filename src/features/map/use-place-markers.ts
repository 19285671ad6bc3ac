import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import type { TimeWindow } from '../../lib/time-window';
import { useViewStore } from '../../lib/view-store';
import { ClusterClient } from './cluster-client';
import {
  type StorePlaces,
  buildStorePlaces,
  locatedEventsOf,
  positionsInWindow,
} from './located-events';
import type { Bbox, PlaceMarker } from './place-clusters';

const NO_NAMES: readonly string[] = [];

/** How often, at most, a moving timeline re-clusters the map. */
const FOLLOW_MS = 120;

export interface PlaceMarkers {
  readonly markers: readonly PlaceMarker[];
  /** Located events in the window (the clustered set), or null before the first answer. */
  readonly inWindow: number | null;
  /** The timeline's window those are of, or null before the first answer. */
  readonly window: TimeWindow | null;
  /** Events of the whole store (of the index) with coordinates, or null until they are read. */
  readonly storeLocated: number | null;
  readonly names: readonly string[];
  readonly leaves: (clusterId: number, limit: number) => Promise<readonly number[]>;
}

/**
 * The markers for the filtered events in the timeline's window, clustered in a worker for
 * the part of the world in `view`. The map follows the window FOLLOW_MS after it last
 * moved, from the view store's subscription rather than a render: a window set at the end
 * of a timeline drag (in the pointerup task, which renders what shows the window) renders
 * nothing of the map; its markers change when the worker answers.
 */
export function usePlaceMarkers(
  index: StoreIndex,
  events: readonly StoreEvent[],
  view: { bbox: Bbox; zoom: number } | null,
  /**
   * Each set of events handed to the worker (store positions), before it is: the map fits
   * its first view to them (fit-view.ts) without waiting for their clusters.
   */
  onLoad?: (positions: Int32Array, places: StorePlaces) => void,
): PlaceMarkers {
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  });
  const [built, setBuilt] = useState<{ index: StoreIndex; places: StorePlaces } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void buildStorePlaces(index).then((places) => {
      if (!cancelled) setBuilt({ index, places });
    });
    return () => {
      cancelled = true;
    };
  }, [index]);
  const places = built?.index === index ? built.places : null;
  const located = useMemo(
    () => (places ? locatedEventsOf(index, places, events) : null),
    [index, places, events],
  );
  const [answer, setAnswer] = useState<{
    markers: readonly PlaceMarker[];
    inWindow: number;
    window: TimeWindow | null;
  } | null>(null);
  const clientRef = useRef<ClusterClient | null>(null);
  const loadedCount = useRef(new Map<number, { count: number; window: TimeWindow }>());

  // One worker per store, started as the map mounts: starting it is a task of its own, not
  // one more piece of the task that hands it the store's places.
  useEffect(() => {
    const counts = loadedCount.current;
    const client = new ClusterClient((reply) => {
      const loaded = counts.get(reply.generation);
      setAnswer({
        markers: reply.markers,
        inWindow: loaded?.count ?? 0,
        window: loaded?.window ?? null,
      });
    });
    clientRef.current = client;
    return () => {
      client.close();
      clientRef.current = null;
      counts.clear();
    };
  }, [index]);

  useEffect(() => {
    if (places) clientRef.current?.setPoints(places);
  }, [places]);

  useEffect(() => {
    if (!located) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let followed: TimeWindow | null = null;
    const follow = (window: TimeWindow | null) => {
      if (!window || window === followed) return;
      followed = window;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const client = clientRef.current;
        if (!client) return;
        const positions = positionsInWindow(located, window);
        // Read before the load: the array's buffer is handed to the worker.
        const count = positions.length;
        if (places) onLoadRef.current?.(positions, places);
        loadedCount.current.set(client.load(positions), { count, window });
      }, FOLLOW_MS);
    };
    follow(useViewStore.getState().window);
    const unsubscribe = useViewStore.subscribe((state) => follow(state.window));
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [located, places]);

  const bbox = view?.bbox;
  const zoom = view?.zoom;
  useEffect(() => {
    if (bbox && zoom !== undefined) clientRef.current?.setView(bbox, zoom);
  }, [bbox, zoom, places]);

  return {
    markers: answer?.markers ?? [],
    inWindow: answer ? answer.inWindow : null,
    window: answer?.window ?? null,
    storeLocated: places ? places.located.positions.length : null,
    names: places?.names ?? NO_NAMES,
    leaves: (clusterId, limit) =>
      clientRef.current?.leaves(clusterId, limit) ?? Promise.resolve([]),
  };
}
