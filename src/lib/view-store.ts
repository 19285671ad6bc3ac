import { create } from 'zustand';
import type { StoreEvent } from '../format/validate-store';
import { type MatchMode, filterEvents, stepEvent } from './event-filter';
import { bestMatch } from './search-service';
import { type StoreIndex, eventTime, extentOf } from './store-index';
import {
  type TimeWindow,
  center,
  fitWindow,
  focusWindow,
  revealInWindow,
  roundWindow,
  zoomWindow,
} from './time-window';
import { type IgnoredValue, type Lang, type LinkState, historyModeOf } from './url-codec';
import type { StatusChoice } from './event-evidence';
import { DEFAULT_SOURCE, type StoreSource, linkStoreOf, sourceFromLink } from './store-source';
import { OPENING, openingWindowOf } from './opening-window';
import { textScale } from './text-scale';
import { stepEnded } from './step-ends';

/**
 * What the person is looking at. Components read it through the hooks below and change it
 * only through `viewActions`, so every change says how it enters the browser history.
 */
export type HistoryMode = 'push' | 'replace' | 'none';
export type LaneMode = 'actors' | 'single';

export interface Notice {
  readonly id: number;
  readonly kind:
    | 'ignored-link'
    | 'link-copied'
    | 'link-not-copied'
    | 'link-file-store'
    | 'link-draft-store'
    | 'citation-copied'
    | 'citation-not-copied';
  readonly ignored?: readonly IgnoredValue[];
}

export interface ViewState {
  readonly selectedEventId: string | null;
  /** Null only until a store is loaded and a window chosen for it. */
  readonly window: TimeWindow | null;
  readonly actorIds: readonly string[];
  readonly match: MatchMode;
  readonly query: string;
  /** The status filter (empty: every status). */
  readonly statuses: readonly StatusChoice[];
  /**
   * The store this view describes (the link's). Another store being opened joins the view
   * only once it has loaded (features/store-loading/api/store-on-screen.ts owns that).
   */
  readonly storeSource: StoreSource;
  readonly lang: Lang | null;
  readonly laneMode: LaneMode;
  /** Whether the map is shown beside the timeline (the link's `map=1`). */
  readonly mapShown: boolean;
  readonly notices: readonly Notice[];
  /** Set when a link is opened: its ids still need checking against the store. */
  readonly pendingReconcile: boolean;
  /** How the last change should be recorded in the address bar; read by the URL sync. */
  readonly historyMode: HistoryMode;
}

/**
 * The width the timeline will have, for the first view's span and lanes: the viewport's
 * (narrower on a phone; none outside a browser), unless the page lays the timeline out
 * narrower and says so (measureTimelineBy).
 */
let timelineWidth = (): number =>
  typeof window === 'undefined' ? Infinity : window.innerWidth / textScale();
/** The width the timeline shows time on (its lanes' names left out), once it has measured it. */
let timeAreaPx: number | undefined;
/**
 * A store's first view chosen before the time area was measured, the page's width standing
 * in for it: chosen again once it is, if nothing has moved the view since.
 */
let openedOnStandIn: { index: StoreIndex; window: TimeWindow } | null = null;

/** The first view of a store that the link does not place. */
function openingOf(index: StoreIndex): TimeWindow {
  const window = openingWindowOf(index, timelineWidth(), timeAreaPx);
  openedOnStandIn = timeAreaPx === undefined ? { index, window } : null;
  return window;
}

function laneModeFor(width: number): LaneMode {
  return width <= OPENING.narrowWidthPx ? 'single' : 'actors';
}

const initialState: ViewState = {
  selectedEventId: null,
  window: null,
  actorIds: [],
  match: 'any',
  query: '',
  statuses: [],
  storeSource: DEFAULT_SOURCE,
  lang: null,
  // A phone's few hundred pixels hold one lane of readable events, where a lane per actor
  // would stack each actor's events of one day into more rows than fit, and be counted.
  laneMode: laneModeFor(timelineWidth()),
  mapShown: false,
  notices: [],
  pendingReconcile: true,
  historyMode: 'none',
};

export const useViewStore = create<ViewState>()(() => initialState);

const get = () => useViewStore.getState();

/**
 * Applies a change. How it enters the history follows from what it changes in the link
 * (the `history` column of url-codec's table); the few changes that are not a person's
 * navigation (opening a link, checking it against the store, entering a new store) say so.
 */
function set(partial: Partial<ViewState>, historyMode?: HistoryMode) {
  const before = get();
  const after = { ...before, ...partial };
  useViewStore.setState({
    ...partial,
    historyMode:
      historyMode ?? historyModeOf(linkFromState(before), linkFromState(after)) ?? 'none',
  });
}

let nextNoticeId = 1;

export function linkFromState(state: ViewState): LinkState {
  return {
    event: state.selectedEventId,
    window: state.window,
    actors: state.actorIds,
    match: state.match,
    q: state.query,
    store: linkStoreOf(state.storeSource),
    lang: state.lang,
    status: state.statuses,
    map: state.mapShown,
  };
}

/**
 * The window a store opens at: the link's, else around the linked event (or where the store's
 * loader placed it, `eventWindow`), else its recent stretch.
 */
function initialWindow(index: StoreIndex, link: LinkState, eventWindow?: TimeWindow): TimeWindow {
  openedOnStandIn = null;
  if (link.window) return link.window;
  const event = link.event === null ? undefined : index.eventById.get(link.event);
  return event ? (eventWindow ?? focusWindow(eventTime(event))) : openingOf(index);
}

export const viewActions = {
  /**
   * Takes a link as the view before the store is known (the store location, language,
   * filters). `source` is the store when the link cannot name it: a file or a draft open in
   * this tab, returned to by Back or Forward.
   */
  openLink(
    link: LinkState,
    ignored: readonly IgnoredValue[],
    historyMode: HistoryMode,
    source: StoreSource = sourceFromLink(link.store),
  ) {
    const notices = ignored.length > 0 ? [ignoredNotice(ignored)] : [];
    set(
      {
        ...initialState,
        laneMode: get().laneMode,
        selectedEventId: link.event,
        window: link.window,
        actorIds: link.actors,
        match: link.match,
        query: link.q,
        statuses: link.status,
        storeSource: source,
        lang: link.lang,
        mapShown: link.map,
        notices,
        pendingReconcile: true,
      },
      historyMode,
    );
  },

  /**
   * Checks the view against the loaded store: ids it does not have are dropped with a
   * notice, and a window is chosen if the link had none. Rewrites the address, never pushes.
   * A store too large to load whole (`eventsKnown: 'around-window'`) knows only the events
   * around the window shown: an event it lacks may be elsewhere in it, and the notice says so.
   */
  reconcileWithStore(
    index: StoreIndex,
    eventsKnown: 'all' | 'around-window' = 'all',
    /** Where the store's loader opened around the linked event, when it chose the window. */
    eventWindow?: TimeWindow,
  ) {
    const state = get();
    const ignored: IgnoredValue[] = [];
    let selectedEventId = state.selectedEventId;
    if (selectedEventId !== null && !index.eventById.has(selectedEventId)) {
      ignored.push({
        key: 'event',
        value: selectedEventId,
        reason: eventsKnown === 'all' ? 'unknown-event' : 'event-not-loaded',
      });
      selectedEventId = null;
    }
    const actorIds = state.actorIds.filter((id) => {
      if (index.actorById.has(id)) return true;
      ignored.push({ key: 'actors', value: id, reason: 'unknown-actor' });
      return false;
    });
    const link = { ...linkFromState(state), event: selectedEventId };
    const window = initialWindow(index, link, eventWindow);
    // One notice for the whole link: what the store did not know joins what was malformed.
    const earlier = state.notices.find((notice) => notice.kind === 'ignored-link');
    const notices =
      ignored.length === 0
        ? state.notices
        : [
            ...state.notices.filter((notice) => notice !== earlier),
            ignoredNotice([...(earlier?.ignored ?? []), ...ignored]),
          ];
    set({ selectedEventId, actorIds, window, notices, pendingReconcile: false }, 'replace');
  },

  /** Another store, opened by the person, has loaded: a fresh view of it, as a new history entry. */
  enterStore(index: StoreIndex, source: StoreSource, historyMode: 'push' | 'replace' = 'push') {
    set(
      {
        storeSource: source,
        selectedEventId: null,
        actorIds: [],
        match: 'any',
        query: '',
        statuses: [],
        window: openingOf(index),
        pendingReconcile: false,
      },
      historyMode,
    );
  },

  /** The source of the store on screen (not one that is loading). */
  shownSource(): StoreSource {
    return get().storeSource;
  },

  selectEvent(event: StoreEvent | null) {
    const state = get();
    if ((event?.id ?? null) === state.selectedEventId) return;
    const window =
      event && state.window ? revealInWindow(state.window, eventTime(event)) : state.window;
    set({ selectedEventId: event?.id ?? null, window });
  },

  step(index: StoreIndex, direction: 1 | -1) {
    const state = get();
    const events = filterEvents(index, {
      actorIds: state.actorIds,
      match: state.match,
      query: state.query,
      statuses: state.statuses,
    });
    const anchor = state.window ? center(state.window) : index.extent.start;
    const target = stepEvent(events, index, state.selectedEventId, direction, anchor);
    if (target) viewActions.selectEvent(target);
    else stepEnded(direction);
  },

  /** Selects the best-ranked event that passes the filters and the search (Enter in the box). */
  openBestMatch(index: StoreIndex): boolean {
    const state = get();
    if (!state.query) return false;
    const events = filterEvents(index, {
      actorIds: state.actorIds,
      match: state.match,
      query: state.query,
      statuses: state.statuses,
    });
    const best = bestMatch(index, events, state.query);
    if (best) viewActions.selectEvent(best);
    return best !== null;
  },

  /**
   * Selects an event that may not be loaded yet (found by a search of a whole store too large
   * to load) and moves the timeline to `window`, where its rows are read next: one step back.
   */
  openEventAt(id: string, window: TimeWindow) {
    set({ selectedEventId: id, window: roundWindow(window) });
  },

  /** From the timeline widget, when the person pans or zooms it. */
  setWindow(window: TimeWindow) {
    set({ window: roundWindow(window) });
  },

  /**
   * Zooms the view's window, or the one on screen when the view has none yet, around the
   * selected event where it is in view: zoomed around the centre, it left the view (and a
   * link copied then cited a window without it).
   */
  zoom(factor: number, index?: StoreIndex, shown?: TimeWindow) {
    const state = get();
    const window = state.window ?? shown;
    const at = index?.eventById.get(state.selectedEventId ?? '')?.when.start.start;
    if (window)
      set({
        window: zoomWindow(
          window,
          factor,
          at! >= window.start && at! <= window.end ? at : undefined,
        ),
      });
  },

  /** Zooms so that a span (an aggregate's bin) fills most of the view. */
  zoomTo(span: TimeWindow) {
    const margin = (span.end - span.start) * 0.15;
    set({ window: zoomWindow({ start: span.start - margin, end: span.end + margin }, 1) });
  },

  /**
   * Fits the events shown: those the filters and the search leave (`shown`), or the whole
   * store when none is given or none is left.
   */
  fitAll(index: StoreIndex, shown?: readonly StoreEvent[] | null) {
    const ofShown = shown && extentOf(shown);
    const events = ofShown ? shown!.length : index.events.length;
    set({ window: fitWindow(ofShown ?? index.extent, timeAreaPx ?? timelineWidth(), events) });
  },

  toggleActor(actorId: string, chosen: boolean) {
    const { actorIds } = get();
    const next = chosen
      ? [...actorIds.filter((id) => id !== actorId), actorId]
      : actorIds.filter((id) => id !== actorId);
    set({ actorIds: next });
  },

  toggleStatus(status: StatusChoice, chosen: boolean) {
    const { statuses } = get();
    const others = statuses.filter((s) => s !== status);
    set({ statuses: chosen ? [...others, status] : others });
  },

  setMatch(match: MatchMode) {
    if (get().match !== match) set({ match });
  },

  setQuery(query: string) {
    if (get().query !== query) set({ query });
  },

  clearFilters() {
    const { actorIds, match, query, statuses } = get();
    if (actorIds.length > 0 || match !== 'any' || query !== '' || statuses.length > 0) {
      set({ actorIds: [], match: 'any', query: '', statuses: [] });
    }
  },

  /** The interface language, chosen by the person: a history entry, like a filter. */
  setLang(lang: Lang) {
    if (get().lang !== lang) set({ lang });
  },

  /** Show map / Hide map: a history entry, like a filter, since the link carries it. */
  setMapShown(mapShown: boolean) {
    if (get().mapShown !== mapShown) set({ mapShown });
  },

  setLaneMode(laneMode: LaneMode) {
    set({ laneMode });
  },

  /**
   * A page whose timeline is narrower than the viewport (the embed, beside its details) says
   * how wide, before its link is opened: its first view's span and lanes follow from it.
   */
  measureTimelineBy(measure: () => number) {
    timelineWidth = measure;
    set({ laneMode: laneModeFor(measure()) });
  },

  /** The timeline's time area has been drawn `px` wide: a fitted view leaves room for labels in it. */
  timeAreaMeasured(px: number) {
    timeAreaPx = px;
    const opened = openedOnStandIn;
    openedOnStandIn = null;
    if (!opened || get().window !== opened.window) return;
    const window = openingWindowOf(opened.index, timelineWidth(), px);
    if (window.start !== opened.window.start || window.end !== opened.window.end)
      set({ window }, 'replace');
  },

  notify(kind: Notice['kind']) {
    const notice: Notice = { id: nextNoticeId++, kind };
    set({ notices: [...get().notices.filter((n) => n.kind !== kind), notice] });
  },

  dismissNotice(id: number) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
};

function ignoredNotice(ignored: readonly IgnoredValue[]): Notice {
  return { id: nextNoticeId++, kind: 'ignored-link', ignored };
}

/**
 * One value of the view: a field, or a primitive computed from fields. A selector that built
 * an object would be a new value at every change, and rendered again each time (zustand's
 * useShallow compares objects, at 300 bytes gzip more before the first paint).
 */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useViewStore(selector);
}
