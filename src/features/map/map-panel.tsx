import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { type ZoomBehavior, type ZoomTransform, zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import type { StoreEvent } from '../../format/validate-store';
import { useMapMessages } from '../../i18n/map-messages';
import { useLocale, useMessages } from '../../i18n/use-messages';
import type { Messages } from '../../i18n/messages';
import type { EventStatus } from '../../format/schema';
import { StatusMark } from '../../components/status-mark';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents, useSearchPending } from '../../lib/use-filtered-events';
import { COMPACT_QUERY, DARK_SCHEME_QUERY, useMediaQuery } from '../../lib/use-media-query';
import { useView, viewActions } from '../../lib/view-store';
import { windowDates } from '../../lib/window-dates';
import { describeMap, markerName } from './map-text';
import {
  MAX_SCALE,
  type MapTransform,
  WORLD_SIZE,
  centredOn,
  clusterZoom,
  project,
  toScreen,
  viewBbox,
  worldTransform,
} from './map-projection';
import { type PlaceMarker } from './place-clusters';
import type { StorePlaces } from './located-events';
import {
  type GeoBounds,
  boundsOfPositions,
  containsBounds,
  fitTransform,
  unionBounds,
  withPlace,
} from './fit-view';
import { useStableView } from './stable-view';
import { mapGrowFor, storedMapShare } from './map-share';
import { MapSplitter } from './map-splitter';
import { PlaceList } from './place-list';
import { usePlaceMarkers } from './use-place-markers';
import { zoomAnchor } from './zoom-anchor';
import { drawWorld } from './draw-world';
import { type CountryShape, loadWorldShapes } from './world-shapes';
import './map.css';

const KEY_PAN = 80;
const KEY_ZOOM = 1.6;
/** Events listed for a place at once; more are reached by zooming in. */
const LIST_LIMIT = 50;

const NO_SHAPES: readonly CountryShape[] = [];
/** A packed store's key for the first view's fit (its index changes as windows load). */
const HELD_STORE = Symbol('held store');

interface Props {
  index: StoreIndex;
  /**
   * A packed store shown window by window (docs/store-format.md): `index` holds only the
   * events loaded around the window, not the whole store's.
   */
  held?: boolean;
  /** The same, at a window with too many events to load: none are loaded, none placed. */
  heldTooWide?: boolean;
  /**
   * After an event is chosen on the map: on a phone the app takes the focus to the details,
   * whose sheet would otherwise cover the place that kept it.
   */
  onChosen?: () => void;
}

export interface OpenList {
  readonly marker: PlaceMarker;
  readonly events: readonly StoreEvent[];
  /** The events that passed the filters when it opened: another filter closes it. */
  readonly of: readonly StoreEvent[];
  /** The place's button, which the focus goes back to when the list closes. */
  readonly opener: HTMLElement | null;
}

/** The map beside the timeline (issue 17; docs/map.md). */
export default function MapPanel({ index, held = false, heldTooWide = false, onChosen }: Props) {
  const m = useMapMessages();
  const t = useMessages();
  const locale = useLocale();
  // On a phone the map stands in for the timeline (app.tsx): the timeline's `Fit all` is not
  // there, so the map offers its own.
  const compact = useMediaQuery(COMPACT_QUERY);
  const filtered = useView(
    (state) => state.actorIds.length > 0 || state.statuses.length > 0 || state.query !== '',
  );
  const descriptionId = useId();
  const [share, setShare] = useState(storedMapShare);
  const events = useFilteredEvents(index);
  const searching = useSearchPending(index).pending;
  // Not the timeline's window: the markers follow it outside React (usePlaceMarkers), so that
  // a timeline drag's end does not render the map in the same task.
  const selectedEventId = useView((state) => state.selectedEventId);
  const dark = useMediaQuery(DARK_SCHEME_QUERY);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [transform, setTransform] = useState<MapTransform | null>(null);
  const transformRef = useRef<MapTransform | null>(null);
  const [opened, setList] = useState<OpenList | null>(null);
  // A list opened before the filters changed names events that may no longer pass them.
  const list = opened?.of === events ? opened : null;
  const [shapes, setShapes] = useState(NO_SHAPES);
  // Until the person moves the map, it keeps the window's places in view (fit-view.ts): the
  // first view is fitted to them, and a window with places beyond those widens it. Per store:
  // `fitted` holds the places fitted so far, `movedFor` the store whose map the person has
  // moved (a fit then would undo their move). A packed store's index changes as its windows
  // load: one store for as long as the map is open.
  const storeKey: unknown = held ? HELD_STORE : index;
  const storeKeyRef = useRef(storeKey);
  const fitted = useRef<{ key: unknown; bounds: GeoBounds } | null>(null);
  const movedFor = useRef<unknown>(null);
  // Bounds that came before the map knew its size: the first view takes them.
  const pendingFit = useRef<GeoBounds | null>(null);
  useEffect(() => {
    storeKeyRef.current = storeKey;
  });
  const personMoved = () => {
    movedFor.current = storeKeyRef.current;
  };

  useEffect(() => {
    let live = true;
    void loadWorldShapes().then((loaded) => {
      if (live) setShapes(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const surface = surfaceRef.current!;
    const observer = new ResizeObserver(() => {
      const { width, height } = surface.getBoundingClientRect();
      if (width > 0 && height > 0) setSize({ width, height });
    });
    observer.observe(surface);
    return () => observer.disconnect();
  }, []);

  // Pan and zoom by mouse, wheel and touch (pinch) are d3-zoom's.
  useEffect(() => {
    if (!size) return;
    const surface = surfaceRef.current!;
    const fit = worldTransform(size.width, size.height);
    const behavior = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([Math.min(fit.k, size.width / WORLD_SIZE) * 0.8, MAX_SCALE])
      .translateExtent([
        [-WORLD_SIZE / 2, -WORLD_SIZE / 2],
        [WORLD_SIZE / 2, WORLD_SIZE / 2],
      ])
      // A press on a place is a click on its button, not the start of a drag.
      .filter((event: Event) => {
        const pointer = event as MouseEvent;
        if (pointer.type !== 'wheel' && (pointer.target as Element).closest('button')) return false;
        return (!pointer.ctrlKey || pointer.type === 'wheel') && !pointer.button;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // A wheel, drag or pinch: the person's (the buttons and keys say so themselves).
        if (event.sourceEvent) movedFor.current = storeKeyRef.current;
        const { x, y, k } = event.transform;
        transformRef.current = { x, y, k };
        setTransform(transformRef.current);
      });
    zoomRef.current = behavior;
    const selection = select(surface);
    selection.call(behavior);
    // The first time, the events' places if they are known yet, else the whole world until
    // they are. Across a resize, the places fitted are fitted again until the person moves
    // the map (the layout settling as a store comes in resizes it: fitted to the first size,
    // its view was too wide or too close for the last); a moved view is kept as it is.
    const pending = pendingFit.current;
    pendingFit.current = null;
    const key = storeKeyRef.current;
    const last = fitted.current;
    const bounds =
      pending ?? (last && last.key === key && movedFor.current !== key ? last.bounds : null);
    const start = bounds
      ? fitTransform(bounds, size.width, size.height)
      : (transformRef.current ?? fit);
    selection.call(behavior.transform, zoomIdentity.translate(start.x, start.y).scale(start.k));
    return () => {
      selection.on('.zoom', null);
    };
  }, [size]);

  const moveTo = useCallback((next: MapTransform) => {
    const surface = surfaceRef.current;
    const behavior = zoomRef.current;
    if (!surface || !behavior) return;
    select(surface).call(behavior.transform, zoomIdentity.translate(next.x, next.y).scale(next.k));
  }, []);

  const view = useMemo(
    () =>
      transform && size
        ? {
            bbox: viewBbox(transform, size.width, size.height),
            zoom: clusterZoom(transform.k),
          }
        : null,
    [transform, size],
  );
  // Re-cluster only when the zoom level or the area changes enough to matter.
  const clusterView = useStableView(view);
  const selected = selectedEventId === null ? undefined : index.eventById.get(selectedEventId);
  const selectedPlace =
    selected?.place?.lat !== undefined && selected.place.lon !== undefined
      ? { lon: selected.place.lon, lat: selected.place.lat }
      : null;
  const latestView = useRef({ transform, size, selectedPlace });
  useEffect(() => {
    latestView.current = { transform, size, selectedPlace };
  });
  // Each set of events handed to the worker, before their clusters come: the view moves to
  // their places (and the selected event's, from a link) at once, so the first places drawn
  // are the fitted view's, not one dot on the world. Later windows only ever widen it, to
  // take in places beyond those fitted (All dates, Fit all): never closer by itself, so a
  // timeline moving among the same places leaves the map as it is.
  const fitToWindow = (positions: Int32Array, places: StorePlaces) => {
    const key = storeKeyRef.current;
    if (movedFor.current === key) return;
    const found = boundsOfPositions(places.lon, places.lat, positions);
    // A window with no places: the next that has some is fitted.
    if (!found) return;
    const last = fitted.current;
    const before = last && last.key === key ? last.bounds : null;
    if (before && containsBounds(before, found)) return;
    let bounds = before ? unionBounds(before, found) : found;
    const place = latestView.current.selectedPlace;
    if (place) bounds = withPlace(bounds, place.lon, place.lat);
    fitted.current = { key, bounds };
    const { size: s } = latestView.current;
    if (s && zoomRef.current) moveTo(fitTransform(bounds, s.width, s.height));
    else pendingFit.current = bounds;
  };
  const {
    markers,
    inWindow,
    window: answeredWindow,
    storeLocated,
    names,
    leaves,
  } = usePlaceMarkers(index, events, clusterView, fitToWindow);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !size || !transform) return;
    const frame = requestAnimationFrame(() => drawWorld(canvas, shapes, transform, size, dark));
    return () => cancelAnimationFrame(frame);
  }, [shapes, transform, size, dark]);

  // The selected event is brought into view when it has a place and is off screen.
  useEffect(() => {
    const { transform: t, size: s } = latestView.current;
    if (!selectedPlace || !t || !s) return;
    const [x, y] = toScreen(t, selectedPlace.lon, selectedPlace.lat);
    const margin = 24;
    if (x < margin || y < margin || x > s.width - margin || y > s.height - margin) {
      moveTo(centredOn(t, s.width, s.height, selectedPlace.lon, selectedPlace.lat));
    }
    // Only a new selection moves the map; panning away from it afterwards is the person's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedEventId, size !== null, moveTo]);

  const placed = useMemo(
    () =>
      transform && size
        ? markers
            .map((marker) => ({ marker, at: toScreen(transform, marker.lon, marker.lat) }))
            .filter(
              ({ at: [x, y] }) =>
                x >= -20 && y >= -20 && x <= size.width + 20 && y <= size.height + 20,
            )
        : [],
    [markers, transform, size],
  );
  const selectedAt =
    transform && selectedPlace ? toScreen(transform, selectedPlace.lon, selectedPlace.lat) : null;
  const currentKey = selectedAt ? nearestKey(placed, selectedAt, 30) : null;

  const shownEvents = placed.reduce((sum, { marker }) => sum + marker.count, 0);
  const description = heldTooWide
    ? m.tooManyToLoad(compact)
    : inWindow === null || answeredWindow === null
      ? m.loadingMap
      : searching
        ? m.searching
        : storeLocated === 0 && !held
          ? m.noPlacesInStore
          : describeMap(
              m,
              shownEvents,
              placed.length,
              inWindow - shownEvents,
              windowDates(answeredWindow, locale),
              filtered,
            );

  // The places' names are made once per answer from the worker, not on every frame of a pan.
  const markerNames = useMemo(
    () =>
      new Map(
        markers.map((marker) => [
          marker,
          markerName(
            m,
            marker,
            names,
            marker.sample.map((p) => index.events[p]?.title ?? ''),
          ) + statusSaid(t, singleStatus(index, marker)),
        ]),
      ),
    [m, t, markers, names, index],
  );
  const nameOf = (marker: PlaceMarker) => markerNames.get(marker) ?? '';

  const choose = async (marker: PlaceMarker, opener: HTMLElement) => {
    if (marker.clusterId === null) {
      const event = index.events[marker.sample[0]!];
      if (event) viewActions.selectEvent(event);
      setList(null);
      if (event) onChosen?.();
      return;
    }
    const of = events;
    const positions = await leaves(marker.clusterId, LIST_LIMIT);
    setList({ marker, events: positions.map((p) => index.events[p]!).filter(Boolean), of, opener });
  };

  // Closed, the list gives the focus back to the place that opened it, or to the map.
  const closeList = () => {
    const back = list?.opener?.isConnected ? list.opener : surfaceRef.current;
    setList(null);
    back?.focus();
  };

  const zoomHere = (marker: PlaceMarker) => {
    if (!transform || !size) return;
    personMoved();
    const k = Math.min(MAX_SCALE, 2 ** ((marker.splitZoom ?? clusterZoom(transform.k) + 1) + 0.3));
    const [x, y] = project(marker.lon, marker.lat);
    moveTo({ k, x: size.width / 2 - k * x, y: size.height / 2 - k * y });
    setList(null);
  };

  // Where the zoom buttons and keys zoom around (zoom-anchor.ts): the selected event, else
  // the place nearest the middle, so that the events stay in view.
  const zoomCentre = () =>
    size
      ? zoomAnchor(
          selectedAt,
          placed.map(({ at }) => at),
          size.width,
          size.height,
        )
      : undefined;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const surface = surfaceRef.current;
    const behavior = zoomRef.current;
    if (!surface || !behavior || event.ctrlKey || event.metaKey || event.altKey) return;
    const selection = select(surface);
    const k = transform?.k ?? 1;
    const pan = (dx: number, dy: number) => selection.call(behavior.translateBy, dx / k, dy / k);
    const scale = (factor: number) => selection.call(behavior.scaleBy, factor, zoomCentre());
    switch (event.key) {
      case 'ArrowLeft':
        pan(KEY_PAN, 0);
        break;
      case 'ArrowRight':
        pan(-KEY_PAN, 0);
        break;
      case 'ArrowUp':
        pan(0, KEY_PAN);
        break;
      case 'ArrowDown':
        pan(0, -KEY_PAN);
        break;
      case '+':
      case '=':
        scale(KEY_ZOOM);
        break;
      case '-':
      case '_':
        scale(1 / KEY_ZOOM);
        break;
      default:
        return;
    }
    personMoved();
    // The page's own shortcuts (the timeline's zoom, the next event) stay out of it.
    event.preventDefault();
  };

  const scaleBy = (factor: number) => {
    const surface = surfaceRef.current;
    const behavior = zoomRef.current;
    if (!surface || !behavior) return;
    personMoved();
    select(surface).call(behavior.scaleBy, factor, zoomCentre());
  };

  return (
    <>
      {compact ? null : (
        <MapSplitter
          share={share}
          onShare={setShare}
          mapId="map"
          label={m.resizeMap}
          hint={m.resizeMapHint}
          valueText={m.mapShare}
        />
      )}
      <section
        // The skip link's target where the map stands in for the timeline (app.tsx).
        id="map"
        className="map-panel"
        aria-label={m.map}
        aria-describedby={descriptionId}
        // Beside the timeline's flex-grow of 1 (reading-layout.css); on a phone it stands alone.
        style={compact ? undefined : { flexGrow: mapGrowFor(share) }}
      >
        <div className="map-panel__bar">
          <p id={descriptionId} className="map-panel__description">
            {description}
          </p>
          {compact ? (
            // What the timeline's `Fit all` does, for the phone, where the timeline is not shown.
            <button
              type="button"
              className="map-panel__all-dates"
              onClick={() => viewActions.fitAll(index)}
            >
              {m.allDates}
            </button>
          ) : null}
          <div className="map-panel__controls" role="group" aria-label={m.controls}>
            <button
              type="button"
              aria-label={m.zoomMapIn}
              title={m.zoomMapIn}
              onClick={() => scaleBy(KEY_ZOOM)}
            >
              +
            </button>
            <button
              type="button"
              aria-label={m.zoomMapOut}
              title={m.zoomMapOut}
              onClick={() => scaleBy(1 / KEY_ZOOM)}
            >
              −
            </button>
            <button
              type="button"
              onClick={() => {
                if (!size) return;
                personMoved();
                moveTo(worldTransform(size.width, size.height));
              }}
            >
              {m.wholeWorld}
            </button>
          </div>
        </div>
        <div
          ref={surfaceRef}
          className="map-panel__surface"
          role="group"
          aria-label={m.surface}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <canvas ref={canvasRef} className="map-panel__canvas" aria-hidden="true" />
          {selectedAt ? (
            <span
              className="map-panel__selected"
              aria-hidden="true"
              style={{ transform: `translate(${selectedAt[0]}px, ${selectedAt[1]}px)` }}
            />
          ) : null}
          <ul className="map-panel__places">
            {placed.map(({ marker, at: [x, y] }) => {
              const current = marker.key === currentKey;
              return (
                <li
                  key={marker.key}
                  className="map-panel__place"
                  style={{ transform: `translate(${x}px, ${y}px)` }}
                >
                  <button
                    type="button"
                    className={`map-place${marker.count > 1 ? ' map-place--cluster' : ''}${current ? ' map-place--current' : ''}`}
                    style={{ ['--size' as string]: `${markerSize(marker.count)}px` }}
                    aria-label={current ? `${nameOf(marker)}; ${m.selectedHere}` : nameOf(marker)}
                    aria-current={current ? 'location' : undefined}
                    onClick={(e) => void choose(marker, e.currentTarget)}
                  >
                    <span aria-hidden="true">
                      {marker.count > 1 ? (
                        compactCount(marker.count)
                      ) : (
                        <SingleMark index={index} marker={marker} />
                      )}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        {list ? (
          <PlaceList
            title={m.eventsAt(placeNameOf(m, list.marker, names), list.marker.mixedNames)}
            events={list.events}
            total={list.marker.count}
            selectedEventId={selectedEventId}
            canZoom={list.marker.splitZoom !== null}
            onZoom={() => zoomHere(list.marker)}
            onClose={closeList}
            // Where the app takes the focus to the details (a phone, whose sheet opens below),
            // the list goes: left open it covered the map's bar over the sheet. Wider, it stays
            // beside the details for the next of its events.
            onChosen={
              onChosen
                ? () => {
                    setList(null);
                    onChosen();
                  }
                : undefined
            }
          />
        ) : null}
        {selected && selectedPlace ? (
          // At most two lines (map.css): a title of the format's 200 characters would take the
          // map's height. The whole of it is the element's text and its tooltip.
          <p className="map-panel__selected-note" title={selected.title}>
            {m.selectedOnMap(selected.title)}
          </p>
        ) : null}
      </section>
    </>
  );
}

function placeNameOf(
  m: ReturnType<typeof useMapMessages>,
  marker: PlaceMarker,
  names: readonly string[],
) {
  return names[marker.nameId] ?? m.unnamedPlace;
}

/** The status of a place's one event; a cluster's mixed statuses are in its list. */
function singleStatus(index: StoreIndex, marker: PlaceMarker): EventStatus | undefined {
  return marker.count === 1 ? index.events[marker.sample[0]!]?.status : undefined;
}

function statusSaid(t: Messages, status: EventStatus | undefined): string {
  return status ? t.itemStatus(t.statusNames[status]) : '';
}

/** A place's one event's status mark on its dot, as on its timeline item. */
function SingleMark({ index, marker }: { index: StoreIndex; marker: PlaceMarker }) {
  const status = singleStatus(index, marker);
  return status ? <StatusMark status={status} /> : null;
}

function markerSize(count: number): number {
  return count <= 1 ? 24 : Math.min(44, 28 + 6 * Math.log10(count));
}

function compactCount(count: number): string {
  return count < 1000 ? String(count) : `${Math.round(count / 100) / 10}k`;
}

function nearestKey(
  placed: readonly { marker: PlaceMarker; at: [number, number] }[],
  [sx, sy]: [number, number],
  within: number,
): string | null {
  let best: string | null = null;
  let bestDistance = within * within;
  for (const {
    marker,
    at: [x, y],
  } of placed) {
    const distance = (x - sx) ** 2 + (y - sy) ** 2;
    if (distance <= bestDistance) {
      best = marker.key;
      bestDistance = distance;
    }
  }
  return best;
}
