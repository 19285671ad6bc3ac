import {
  type ComponentType,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  Suspense,
  useState,
} from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import type { StoreIndex } from '../../lib/store-index';
import { buildTimeIndex, countInWindow } from '../../lib/time-index';
import { describeInstant, windowDates } from '../../lib/window-dates';
import { useDrawnEvents, useSearchPending } from '../../lib/use-filtered-events';
import { DARK_SCHEME_QUERY, useMediaQuery } from '../../lib/use-media-query';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useView, viewActions } from '../../lib/view-store';
import { useModuleWhen } from '../../lib/use-module-when';
import { LOD_LIMITS, buildVisibleItems, windowWithinItems } from './level-of-detail';
import { useTimeArea } from './use-time-area';
import type { TimelineWidgetProps } from './timeline-widget';
import { OverviewBand } from './overview-band';
import { TimelineLegend } from './timeline-legend';
import { type TimeWindow, fitWindow } from '../../lib/time-window';
import type { DensityStrip } from '../../format/packed/density-strip';
import { type TimelineGroupSpec, buildTimelineGroups } from './timeline-items';
import { TimelineToolbar } from './timeline-toolbar';
import { lazyAfterFirstPaint, markFirstPaint } from '../../lib/after-first-paint';
import { loadAxisLocale } from './axis-locale';
import './timeline.css';

// vis-timeline and moment are most of the JavaScript: they load in their own chunk,
// requested as soon as this module runs, in parallel with the store, so that the first
// screen's script stays small and the store starts loading sooner.
const widgetModule = import('./timeline-widget');
type Widget = ComponentType<TimelineWidgetProps>;
// Only a store too large to load whole, zoomed out, draws its lanes from the density pyramid.
const loadPyramidItems = () => import('./pyramid-items');
const loadStripKeys = () => import('./aggregate-keys');

// Not React.lazy: a suspended boundary's reveal is held for up to 300 ms after its fallback
// showed, and the store (from its worker) often arrives before this chunk is evaluated.
// The panel shows its placeholder and renders the widget as soon as the chunk is in.
let widgetOutcome: { widget: Widget } | { error: unknown } | null = null;
const widgetSettled = widgetModule.then(
  (module) => {
    widgetOutcome = { widget: module.TimelineWidget };
  },
  (error: unknown) => {
    widgetOutcome = { error };
    // No timeline will say it has painted: the rest of the page need not wait for it.
    markFirstPaint();
  },
);

// Shown only over a window with none of the events: its code and words come after the
// first events, not before them.
const EmptyWindowHint = lazyAfterFirstPaint(() =>
  import('./empty-window-hint').then((module) => module.EmptyWindowHint),
);

/** The widget once its chunk is in (null until then); a failed chunk is thrown to the part's boundary. */
function useTimelineWidget(): Widget | null {
  const [outcome, setOutcome] = useState(widgetOutcome);
  useEffect(() => {
    if (outcome) return;
    let current = true;
    void widgetSettled.then(() => {
      if (current) setOutcome(widgetOutcome);
    });
    return () => {
      current = false;
    };
  }, [outcome]);
  if (outcome && 'error' in outcome) throw outcome.error;
  return outcome?.widget ?? null;
}

interface Props {
  index: StoreIndex;
  /** Drawn from the events checked so far, while the store is still loading. */
  partial?: boolean;
  /**
   * A packed store read window first, while partial: the window whose events are all in,
   * and the whole store's extent and shape (its density pyramid) for the overview band.
   */
  opening?: {
    readonly window: TimeWindow;
    readonly extent: TimeWindow;
    readonly density: DensityStrip | null;
  } | null;
  /**
   * A packed store shown window by window: its events in all (the index holds those around
   * the window shown). The overview band then draws `opening`'s density, the whole store's.
   */
  heldTotal?: number | null;
  /** The same, at a window too wide to read row by row: no events are drawn there. */
  heldTooWide?: boolean;
  /**
   * The same, its look on screen taken at such a window: the lanes are the pyramid's counts,
   * at the window shown, until the next look comes (a window moved to from there keeps its
   * lanes while its rows load, rather than losing them all and having them drawn anew).
   */
  heldCounted?: boolean;
}

export function TimelinePanel({
  index,
  partial = false,
  opening = null,
  heldTotal = null,
  heldTooWide = false,
  heldCounted = false,
}: Props) {
  const t = useMessages();
  const locale = useLocale();
  const descriptionId = useId();
  // While a search's answer is on its way, what was drawn stays, dimmed (`searching`).
  const { events, stale: searching } = useDrawnEvents(index);
  // Matches found before a large store's index is complete: a count so far, not a final one.
  const search = useSearchPending(index);
  const chosenWindow = useView((state) => state.window);
  const selectedEventId = useView((state) => state.selectedEventId);
  const laneMode = useView((state) => state.laneMode);
  const filtered = useView(
    (state) => state.actorIds.length > 0 || state.statuses.length > 0 || state.query !== '',
  );
  const reducedMotion = useReducedMotion();
  const darkScheme = useMediaQuery(DARK_SCHEME_QUERY);
  // The chunk's one component, or null until it is in: its identity never changes after.
  const TimelineWidget = useTimelineWidget();
  // The axis's month names for this language, fetched beside the widget's chunk, not after it.
  useEffect(() => {
    void loadAxisLocale(locale).catch(() => {});
  }, [locale]);
  // A partial store has no window of its own until the person moves it: it shows all that
  // has arrived (or, read window first, the window whose events are all in), and the whole
  // store, once in, gets its own opening window.
  const partialOpening = partial || heldTotal !== null ? opening : null;
  const overviewExtent = useMemo(
    () => fitWindow(partialOpening?.extent ?? index.extent),
    [index, partialOpening],
  );
  const window = chosenWindow ?? (partial ? (partialOpening?.window ?? overviewExtent) : null);
  const time = useMemo(() => buildTimeIndex(index, events, laneMode), [index, events, laneMode]);
  const [panel, area] = useTimeArea(laneMode !== 'single');
  // Crowded lanes the person asked to see event by event (their label's button).
  const [expandedLanes, setExpandedLanes] = useState<ReadonlySet<string>>(() => new Set());
  const screen = useMemo(() => (area ? { ...area, expandedLanes } : null), [area, expandedLanes]);
  // When the items built for the last window still cover the new one (a pan within the half
  // window either side they reach, or a zoom in), the new items come a render later, in a
  // task of their own: vis-timeline already shows the window with the items it holds, so the
  // task that moved the window (the description, the overview band) need not also build and
  // hand over new items; with the map open that task made frames of 100 ms and more at
  // 100,000 events (docs/map.md). A zoom out, or a longer pan, builds them at once, so no
  // lane shows a gap for a frame.
  const deferredWindow = useDeferredValue(window);
  const itemsWindow =
    window !== null && deferredWindow !== null && windowWithinItems(deferredWindow, window)
      ? deferredWindow
      : window;
  // Zoomed out too far to read a held store's rows: each lane's counts from the pyramid
  // (which counts per top-level actor, so not under a filter: nothing is drawn then).
  const pyramid =
    heldCounted && !filtered && laneMode !== 'single' ? partialOpening?.density : null;
  const pyramidCode = useModuleWhen(pyramid?.lanes !== undefined, loadPyramidItems);
  const fromPyramid = useMemo(
    () =>
      pyramid?.lanes && itemsWindow !== null && pyramidCode !== null
        ? pyramidCode.pyramidItems(pyramid, index, itemsWindow, locale, area?.widthPx ?? null)
        : null,
    [pyramid, pyramidCode, index, itemsWindow, locale, area],
  );
  const visible = useMemo(
    () =>
      itemsWindow === null
        ? null
        : fromPyramid
          ? { items: fromPyramid.items, crowdedLanes: new Set<string>() }
          : buildVisibleItems(
              index,
              time,
              itemsWindow,
              locale,
              selectedEventId,
              LOD_LIMITS,
              screen,
            ),
    [fromPyramid, index, time, itemsWindow, locale, selectedEventId, screen],
  );
  const crowdedLanes = visible?.crowdedLanes;
  const groups = useMemo((): TimelineGroupSpec[] | null => {
    if (laneMode === 'single') return null;
    if (fromPyramid) return fromPyramid.groups;
    return buildTimelineGroups(index, time).map((group) => {
      const action = expandedLanes.has(group.id)
        ? 'collapse'
        : crowdedLanes?.has(group.id)
          ? 'expand'
          : null;
      if (action === null) return group;
      const label = action === 'expand' ? t.expandLane(group.name) : t.collapseLane(group.name);
      return { ...group, toggle: { action, label }, signature: `${group.signature}|${label}` };
    });
  }, [index, time, laneMode, expandedLanes, crowdedLanes, t, fromPyramid]);
  const toggleLane = useCallback((laneId: string) => {
    setExpandedLanes((shown) => {
      const next = new Set(shown);
      if (!next.delete(laneId)) next.add(laneId);
      return next;
    });
  }, []);
  if (window === null || visible === null) return null;

  const inView = countInWindow(time, window);
  const { from, to } = windowDates(window, locale);
  const windowPart = t.timelineWindow(from, to);
  const inViewPart = searching
    ? t.timelineSearching
    : search.partial && heldTotal === null
      ? t.timelineSoFar(events.length, search.progress)
      : heldTotal === null
        ? t.timelineInView(inView, events.length)
        : heldTooWide
          ? t.timelineTooWide(heldTotal)
          : t.timelineHeld(inView, heldTotal);
  const description = `${windowPart} ${inViewPart}`;

  return (
    <section
      ref={panel}
      id="timeline"
      className={[
        'timeline-panel',
        searching ? 'timeline-panel--searching' : '',
        laneMode === 'single' ? 'timeline-panel--one-lane' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={t.timeline}
      aria-describedby={descriptionId}
    >
      <TimelineToolbar
        index={index}
        // A held store's events are those around the window, not all it has.
        shown={filtered && !searching && heldTotal === null ? events : null}
        shownWindow={window}
      />
      <p id={descriptionId} className="timeline-panel__description" aria-live="polite">
        <span className="timeline-panel__window">{windowPart}</span> {inViewPart}
      </p>
      {TimelineWidget === null ? (
        <div className="timeline-widget timeline-widget--loading">{t.loading}</div>
      ) : (
        // eslint-disable-next-line react-hooks/static-components -- the module's own component, not made here
        <TimelineWidget
          items={visible.items}
          itemsWindow={itemsWindow ?? window}
          groups={groups}
          window={window}
          selectedEventId={selectedEventId}
          reducedMotion={reducedMotion}
          locale={locale}
          nameAggregate={(count, contested) =>
            t.aggregateName(count) + (contested > 0 ? ` (${t.aggregateContested(contested)})` : '')
          }
          describeBin={(bin) =>
            t.aggregateTitle(
              bin.count,
              describeInstant(bin.start, locale),
              describeInstant(bin.end - 1, locale),
            ) + (bin.contested ? ` (${t.aggregateContested(bin.contested)})` : '')
          }
          colorScheme={darkScheme ? 'dark' : 'light'}
          lanesLabel={t.lanes}
          onSelect={(target) => {
            if (target?.kind === 'span') viewActions.zoomTo(target);
            else
              viewActions.selectEvent(
                target ? (index.eventById.get(target.eventId) ?? null) : null,
              );
          }}
          onWindowChange={viewActions.setWindow}
          onLaneToggle={toggleLane}
          loadStripKeys={loadStripKeys}
        />
      )}
      {inView === 0 && events.length > 0 && !searching && !partial && heldTotal === null ? (
        <Suspense fallback={null}>
          <EmptyWindowHint events={events} window={window} />
        </Suspense>
      ) : null}
      <TimelineLegend index={index} />
      <OverviewBand
        time={time}
        density={partialOpening?.density ?? null}
        extent={overviewExtent}
        window={window}
        description={description}
      />
    </section>
  );
}
